import { describe, expect, it } from 'vitest';
import { withDeskBefore } from './testing/desk-before.js';
import { reachable, shownServerUrl } from './testing/test-server.js';

describe('migration 13: story filings in a table of their own', async () => {
  if (!(await reachable())) {
    it.skip(`skipped: no PostgreSQL answers at ${shownServerUrl} (set DATELINE_PG_URL)`, () => {});
    return;
  }
  it('keeps the filings of a desk written before it', async () => {
    await withDeskBefore(13, async ({ pool, store }) => {
      const insert = `INSERT INTO articles (id, identity_key, content_hash, source, outlet, ingested_at, updated_at,
          article_json, story_id, duplicate_of)
        VALUES ($1, $2, 'h', 'test', 'Outlet', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', $3, $4, $5)`;
      await pool.query(insert, ['a', 'key-a', JSON.stringify({ id: 'a' }), 'story-1', null]);
      await pool.query(insert, ['b', 'key-b', JSON.stringify({ id: 'b' }), 'story-1', 'a']);
      await pool.query(insert, ['c', 'key-c', JSON.stringify({ id: 'c' }), null, null]);
      await store.migrate();
      const read = await store.getArticles(['a', 'b', 'c']);
      expect(read.map((s) => [s.article.id, s.storyId, s.duplicateOf])).toEqual([
        ['a', 'story-1', null],
        ['b', 'story-1', 'a'],
        ['c', null, null],
      ]);
      expect((await store.listArticles({ storyId: 'story-1', limit: 10 })).total).toBe(2);
    });
  });
});
