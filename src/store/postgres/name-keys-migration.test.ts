import { describe, expect, it } from 'vitest';
import { makeAnalysis, makeArticle } from '../store-fixtures.js';
import { withDeskBefore } from './testing/desk-before.js';
import { reachable, shownServerUrl } from './testing/test-server.js';

describe('migration 15: name keys per filter, indexed by word', async () => {
  if (!(await reachable())) {
    it.skip(`skipped: no PostgreSQL answers at ${shownServerUrl} (set DATELINE_PG_URL)`, () => {});
    return;
  }
  it('fills the name keys of a desk written before it', async () => {
    await withDeskBefore(15, async ({ pool, store }) => {
      const { id } = await store.upsertArticle({
        article: makeArticle({ url: 'https://mig.example/1', text: 'A quiet harbour.' }),
        analysis: makeAnalysis([{ kind: 'place', name: 'Port Wenlock' }], ['Idris Hallorann']),
        source: 't',
      });
      await store.migrate();
      const { rows } = await pool.query<{ facet: string; key: string }>(
        'SELECT facet, key FROM name_keys ORDER BY facet, key',
      );
      expect(rows).toEqual([
        { facet: 'about', key: 'port wenlock' },
        { facet: 'place', key: 'port wenlock' },
        { facet: 'speaker', key: 'idris hallorann' },
      ]);
      expect((await store.search({ text: '', place: 'wenlock', limit: 10 })).items.map((h) => h.id)).toEqual([id]);
      expect((await store.search({ text: '', quoted: 'Idris', limit: 10 })).items.map((h) => h.id)).toEqual([id]);
    });
  });
});
