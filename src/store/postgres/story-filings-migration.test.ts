import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { postgresConnection } from './connection.js';
import { migratePostgres } from './migrate.js';
import { postgresMigrations } from './migrations.js';
import { PostgresStore } from './postgres-store.js';
import { reachable, serverUrl, shownServerUrl } from './testing/test-server.js';

const now = () => new Date('2024-01-01T00:00:00Z');

describe('migration 13: story filings in a table of their own', async () => {
  if (!(await reachable())) {
    it.skip(`skipped: no PostgreSQL answers at ${shownServerUrl} (set DATELINE_PG_URL)`, () => {});
    return;
  }
  it('keeps the filings of a desk written before it', async () => {
    const schema = `dl_test_${randomBytes(6).toString('hex')}`;
    const pool = new pg.Pool(postgresConnection(serverUrl, schema));
    const store = new PostgresStore({ url: serverUrl, schema, now });
    try {
      await migratePostgres(
        pool,
        schema,
        postgresMigrations.filter((m) => m.version < 13),
        now,
      );
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
    } finally {
      await store.close();
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool.end();
    }
  });
});
