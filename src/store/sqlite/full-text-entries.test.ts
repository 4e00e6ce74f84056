import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { UpsertInput } from '../port.js';
import { makeArticle } from '../store-fixtures.js';
import { migrateSqlite } from './migrate.js';
import { sqliteMigrations } from './migrations.js';
import { SqliteStore } from './sqlite-store.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function deskPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-fts-'));
  dirs.push(dir);
  return join(dir, 'desk.db');
}

/** FTS5's own check of the index, against the articles table too (rank 1): throws when they disagree. */
function checkIndex(path: string): void {
  const db = new Database(path);
  try {
    db.exec(`INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)`);
  } finally {
    db.close();
  }
}

const titles = async (store: SqliteStore, text: string): Promise<string[]> =>
  (await store.search({ text, limit: 10 })).items.map((h) => h.title ?? '').sort();

describe('full-text entries written by the upsert (migration 7)', () => {
  it('indexes every article of a batch once, an update of one stored earlier in it included', async () => {
    const path = deskPath();
    const store = new SqliteStore({ path });
    await store.migrate();
    try {
      const first = makeArticle({ url: 'https://a.example/1', title: 'Harbour reopens', text: 'Ferries sail again.' });
      const second = makeArticle({ url: 'https://a.example/2', title: 'Bridge closes', text: 'Traffic waits.' });
      const broken = { article: null, source: 'test' } as unknown as UpsertInput;
      const results = await store.upsertArticles([
        { article: first, source: 'test' },
        { article: second, source: 'test' },
        broken,
        // The same identity as the first: an update of a row the batch has not indexed yet.
        {
          article: { ...first, title: 'Harbour reopens at dawn', body: { ...first.body, text: 'Ferries sail.' } },
          source: 'test',
        },
      ]);
      expect(results.map((r) => (r instanceof Error ? 'error' : r.created))).toEqual([true, true, 'error', false]);
      expect(await titles(store, 'harbour')).toEqual(['Harbour reopens at dawn']);
      expect(await titles(store, 'dawn')).toEqual(['Harbour reopens at dawn']);
      expect(await titles(store, 'traffic')).toEqual(['Bridge closes']);
      const third = makeArticle({ url: 'https://a.example/3', title: 'Harbour fees rise', text: 'Ships pay more.' });
      await store.upsertArticle({ article: third, source: 'test' });
      expect(await titles(store, 'harbour')).toEqual(['Harbour fees rise', 'Harbour reopens at dawn']);
    } finally {
      await store.close();
    }
    checkIndex(path);
  });

  it('keeps the entries of a desk indexed by the insert trigger before it', async () => {
    const path = deskPath();
    const old = new Database(path);
    migrateSqlite(
      old,
      sqliteMigrations.filter((m) => m.version < 7),
      () => new Date('2024-01-01T00:00:00Z'),
    );
    old
      .prepare(
        `INSERT INTO articles (id, identity_key, content_hash, source, outlet, title, body_text, ingested_at,
           updated_at, article_json) VALUES ('a', 'key-a', 'h', 'test', 'Outlet', 'Old harbour', 'Gulls everywhere.',
           '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', ?)`,
      )
      .run(JSON.stringify(makeArticle({ id: 'a', title: 'Old harbour', text: 'Gulls everywhere.' })));
    old.close();

    const store = new SqliteStore({ path });
    await store.migrate();
    try {
      expect(await titles(store, 'gulls')).toEqual(['Old harbour']);
      const fresh = makeArticle({ url: 'https://a.example/new', title: 'New harbour', text: 'Gulls again.' });
      await store.upsertArticles([{ article: fresh, source: 'test' }]);
      expect(await titles(store, 'gulls')).toEqual(['New harbour', 'Old harbour']);
    } finally {
      await store.close();
    }
    checkIndex(path);
  });
});
