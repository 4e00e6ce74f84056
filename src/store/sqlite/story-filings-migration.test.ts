import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateSqlite } from './migrate.js';
import { sqliteMigrations } from './migrations.js';
import { SqliteStore } from './sqlite-store.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('migration 6: story filings in a table of their own', () => {
  it('keeps the filings of a desk written before it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-filings-'));
    dirs.push(dir);
    const path = join(dir, 'desk.db');
    const old = new Database(path);
    migrateSqlite(
      old,
      sqliteMigrations.filter((m) => m.version < 6),
      () => new Date('2024-01-01T00:00:00Z'),
    );
    const insert = old.prepare(
      `INSERT INTO articles (id, identity_key, content_hash, source, outlet, ingested_at, updated_at, article_json,
         story_id, duplicate_of) VALUES (?, ?, 'h', 'test', 'Outlet', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', ?, ?, ?)`,
    );
    insert.run('a', 'key-a', JSON.stringify({ id: 'a' }), 'story-1', null);
    insert.run('b', 'key-b', JSON.stringify({ id: 'b' }), 'story-1', 'a');
    insert.run('c', 'key-c', JSON.stringify({ id: 'c' }), null, null);
    old.close();

    const store = new SqliteStore({ path });
    await store.migrate();
    try {
      const read = await store.getArticles(['a', 'b', 'c']);
      expect(read.map((s) => [s.article.id, s.storyId, s.duplicateOf])).toEqual([
        ['a', 'story-1', null],
        ['b', 'story-1', 'a'],
        ['c', null, null],
      ]);
      expect((await store.listArticles({ storyId: 'story-1', limit: 10 })).total).toBe(2);
    } finally {
      await store.close();
    }
  });
});
