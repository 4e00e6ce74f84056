import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { makeAnalysis, makeArticle } from '../store-fixtures.js';
import { migrateSqlite } from './migrate.js';
import { sqliteMigrations } from './migrations.js';
import { SqliteStore } from './sqlite-store.js';
import { upsertSqlite } from './sqlite-upsert.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('migration 8: name keys per filter, indexed by word', () => {
  it('fills the name keys of a desk written before it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-names-'));
    dirs.push(dir);
    const path = join(dir, 'desk.db');
    // A desk as migration 7 left it: written by the upsert, then its name keys and the migrations since taken away.
    const old = new Database(path);
    migrateSqlite(old, sqliteMigrations, () => new Date('2024-01-01T00:00:00Z'));
    const { id } = upsertSqlite(
      old,
      {
        article: makeArticle({ url: 'https://mig.example/1', text: 'A quiet harbour.' }),
        analysis: makeAnalysis([{ kind: 'place', name: 'Port Wenlock' }], ['Idris Hallorann']),
        source: 't',
      },
      '2024-01-01T00:00:00Z',
    );
    old.exec('DROP TABLE name_keys_fts; DROP TABLE name_keys; DELETE FROM schema_migrations WHERE version >= 8');
    old.close();

    const store = new SqliteStore({ path });
    await store.migrate();
    try {
      expect((await store.search({ text: '', place: 'wenlock', limit: 10 })).items.map((h) => h.id)).toEqual([id]);
      expect((await store.search({ text: '', quoted: 'Idris', limit: 10 })).items.map((h) => h.id)).toEqual([id]);
      expect((await store.search({ text: '', about: 'port', limit: 10 })).items.map((h) => h.id)).toEqual([id]);
      expect((await store.search({ text: '', quoted: 'port', limit: 10 })).items).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

describe('name keys written by the upsert (migration 9)', () => {
  const keysOf = (path: string): [string, string][] => {
    const db = new Database(path, { readonly: true });
    try {
      return db
        .prepare<[], { facet: string; key: string }>('SELECT facet, key FROM name_keys ORDER BY id')
        .all()
        .map((r) => [r.facet, r.key]);
    } finally {
      db.close();
    }
  };

  it("adds a batch's new keys once, in the order its side rows were written, none of a rolled-back input", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-names-'));
    dirs.push(dir);
    const path = join(dir, 'desk.db');
    const store = new SqliteStore({ path });
    await store.migrate();
    try {
      const page = (n: number) => makeArticle({ url: `https://keys.example/${n}`, text: `Quay ${n}.` });
      const results = await store.upsertArticles([
        {
          article: page(1),
          analysis: makeAnalysis(
            [
              { kind: 'place', name: 'Port Wenlock' },
              { kind: 'person', name: 'Ada Quell' },
            ],
            ['Ada Quell'],
          ),
          source: 't',
        },
        // Fails after its side rows are written (no page bytes): its savepoint takes them back, and its keys.
        {
          article: page(2),
          analysis: makeAnalysis([{ kind: 'organization', name: 'Tidewater Board' }]),
          raw: { source: 't', url: null, contentType: null, fetchedAt: '2024-01-01T00:00:00Z' } as never,
          source: 't',
        },
        {
          article: page(3),
          analysis: makeAnalysis([
            { kind: 'person', name: 'Ada Quell' },
            { kind: 'place', name: 'Sarnby' },
          ]),
          source: 't',
        },
      ]);
      expect(results.map((r) => (r instanceof Error ? 'error' : r.created))).toEqual([true, 'error', true]);
      expect(keysOf(path)).toEqual([
        ['about', 'port wenlock'],
        ['place', 'port wenlock'],
        ['about', 'ada quell'],
        ['speaker', 'ada quell'],
        ['about', 'sarnby'],
        ['place', 'sarnby'],
      ]);
      expect((await store.search({ text: '', about: 'tidewater', limit: 10 })).items).toEqual([]);
      // setAnalysis adds the keys its new side rows bring.
      await store.setAnalysis(
        (results[0] as { id: string }).id,
        makeAnalysis([{ kind: 'organization', name: 'Tidewater Board' }]),
      );
      expect(keysOf(path).slice(6)).toEqual([['about', 'tidewater board']]);
      const ids = (await store.search({ text: '', about: 'tidewater', limit: 10 })).items.map((h) => h.id);
      expect(ids).toEqual([(results[0] as { id: string }).id]);
    } finally {
      await store.close();
    }
  });
});
