import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEARCH_COUNT_CAP } from '../search-plan.js';
import { makeAnalysis, makeArticle } from '../store-fixtures.js';
import { monthsBetween } from './facets.js';
import { migrateSqlite } from './migrate.js';
import { sqliteMigrations } from './migrations.js';
import { RANK_WINDOW } from './sqlite-search.js';
import { SqliteStore } from './sqlite-store.js';

// SQLite-only behaviour the contract cannot see: the bounded count and rank window, and migration 2's backfill.
describe('monthsBetween', () => {
  it('lists the months of a bounded range and gives up on open or wide ones', () => {
    expect(monthsBetween('2023-11-30', '2024-02-01', '2024-05-01')).toEqual([
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
    ]);
    expect(monthsBetween('2025-01-01', null, '2025-03-09')).toHaveLength(15);
    expect(monthsBetween(null, '2024-01-01', '2024-05-01')).toBeNull();
    expect(monthsBetween('2000-01-01', '2024-01-01', '2024-05-01')).toBeNull();
  });
});

describe('sqlite search at scale', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-sqlite-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('counts a broad query up to the cap and ranks its most recent matches', async () => {
    const store = new SqliteStore({ path: join(dir, 'desk.db') });
    await store.migrate();
    const add = (n: number, title: string) =>
      store.upsertArticle({
        article: makeArticle({ url: `https://b.example/${n}`, title, text: `Common words in body ${n}.` }),
        source: 't',
      });
    await add(0, 'Common ground, the oldest'); // outside the window once enough newer matches arrive
    const broad = Math.max(RANK_WINDOW, SEARCH_COUNT_CAP) + 50;
    for (let n = 1; n <= broad; n++) await add(n, `Item ${n}`);
    await add(broad + 1, 'Common ground, the newest');
    const page = await store.search({ text: 'common', limit: 5 });
    expect(page.total).toBe(SEARCH_COUNT_CAP);
    expect(page.totalIsLowerBound).toBe(true);
    expect(page.items[0]?.title).toBe('Common ground, the newest');
    expect(page.items.map((h) => h.title)).not.toContain('Common ground, the oldest');
    const deep = await store.search({ text: 'common', limit: 5, offset: RANK_WINDOW });
    expect(deep.items).toHaveLength(5);
    const exact = await store.search({ text: 'ground', limit: 5 });
    expect(exact.items.map((h) => h.title).sort()).toEqual(['Common ground, the newest', 'Common ground, the oldest']);
    expect(exact.totalIsLowerBound).toBeUndefined();
    await store.close();
  });

  it('backfills search facets for rows stored before migrations 2 and 3', async () => {
    const path = join(dir, 'old.db');
    const db = new Database(path);
    migrateSqlite(db, sqliteMigrations.slice(0, 1), () => new Date());
    db.prepare(
      `INSERT INTO articles (id, identity_key, content_hash, source, outlet, language, title, body_text,
         ingested_at, updated_at, article_json, analysis_json)
       VALUES ('old1', 'https://old.example/1', 'h', 't', 'Old Times', 'en', 'Harbour news', 'Ships came in.',
         '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', ?, ?)`,
    ).run(
      JSON.stringify(makeArticle({ id: 'old1', url: 'https://old.example/1' })),
      JSON.stringify(makeAnalysis([{ kind: 'place', name: 'Busan' }], ['Harbour Master'])),
    );
    db.close();
    const store = new SqliteStore({ path });
    await store.migrate();
    const ids = async (q: Partial<Parameters<SqliteStore['search']>[0]>) =>
      (await store.search({ text: 'ships', limit: 5, ...q })).items.map((h) => h.id);
    expect(await ids({})).toEqual(['old1']);
    expect(await ids({ outlet: 'Old Times' })).toEqual(['old1']);
    expect(await ids({ outlet: 'New Times' })).toEqual([]);
    expect(await ids({ place: 'busan', quoted: 'harbour master' })).toEqual(['old1']);
    expect(await ids({ from: '2024-01-01', to: '2024-01-31' })).toEqual(['old1']);
    expect(await ids({ from: '2024-02-01', to: '2024-02-29' })).toEqual([]);
    await store.close();
  });
});
