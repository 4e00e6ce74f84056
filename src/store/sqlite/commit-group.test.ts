import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeArticle } from '../store-fixtures.js';
import { SqliteStore } from './sqlite-store.js';

describe('SQLite group commit', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-group-'));
    path = join(dir, 'desk.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const open = async (): Promise<SqliteStore> => {
    const store = new SqliteStore({ path });
    await store.migrate();
    return store;
  };

  it('commits an idle batch by its time bound, and what is left when the batch ends', async () => {
    const store = await open();
    const other = await open();
    try {
      await store.writeBatch(async () => {
        await store.upsertArticle({ article: makeArticle({ url: 'https://g.example/1' }), source: 't' });
        expect(await other.countArticles()).toBe(0); // not committed yet
        await new Promise((resolve) => setTimeout(resolve, 400));
        expect(await other.countArticles()).toBe(1); // the open group committed while the batch waited
        await store.upsertArticle({ article: makeArticle({ url: 'https://g.example/2' }), source: 't' });
      });
      expect(await other.countArticles()).toBe(2);
    } finally {
      await other.close();
      await store.close();
    }
  });

  it('commits the open group at close', async () => {
    const store = await open();
    await store.writeBatch(async () => {
      await store.upsertArticle({ article: makeArticle({ url: 'https://g.example/3' }), source: 't' });
      await store.close();
    });
    const reopened = await open();
    try {
      expect(await reopened.countArticles()).toBe(1);
    } finally {
      await reopened.close();
    }
  });
});
