import { describe, expect, it } from 'vitest';
import { makeAnalysis, makeArticle } from '../store-fixtures.js';
import { withDeskBefore } from './testing/desk-before.js';
import { reachable, shownServerUrl } from './testing/test-server.js';

describe('migration 14: score bounds on the search documents', async () => {
  if (!(await reachable())) {
    it.skip(`skipped: no PostgreSQL answers at ${shownServerUrl} (set DATELINE_PG_URL)`, () => {});
    return;
  }
  it('refills the search table of a desk written before it, facets and bounds included', async () => {
    await withDeskBefore(14, async ({ pool, store }) => {
      const { id } = await store.upsertArticle({
        article: makeArticle({ url: 'https://mig.example/1', title: 'Lantern festival', text: 'Lanterns glowed.' }),
        analysis: makeAnalysis([{ kind: 'place', name: 'Hoi An' }]),
        source: 't',
      });
      await store.upsertArticle({
        article: makeArticle({ url: 'https://mig.example/2', title: 'Harbour', text: 'A lantern by the harbour.' }),
        source: 't',
      });
      await store.migrate();
      const { rows } = await pool.query<{ n: number; bounded: number }>(
        'SELECT count(*)::int AS n, count(*) FILTER (WHERE cardinality(rank_bounds) > 2)::int AS bounded FROM article_search',
      );
      expect(rows[0]).toEqual({ n: 2, bounded: 2 });
      const hits = await store.search({ text: 'lantern', limit: 10 });
      expect(hits.items.map((h) => h.url)).toEqual(['https://mig.example/1', 'https://mig.example/2']);
      expect((await store.search({ text: 'lantern', place: 'Hoi An', limit: 10 })).items.map((h) => h.id)).toEqual([
        id,
      ]);
    });
  });
});
