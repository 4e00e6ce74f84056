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
    const old = new Database(path);
    migrateSqlite(
      old,
      sqliteMigrations.filter((m) => m.version < 8),
      () => new Date('2024-01-01T00:00:00Z'),
    );
    const { id } = upsertSqlite(
      old,
      {
        article: makeArticle({ url: 'https://mig.example/1', text: 'A quiet harbour.' }),
        analysis: makeAnalysis([{ kind: 'place', name: 'Port Wenlock' }], ['Idris Hallorann']),
        source: 't',
      },
      '2024-01-01T00:00:00Z',
    );
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
