import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from './open-store.js';

describe('openStore', () => {
  it('opens a migrated SQLite desk in WAL mode, creating parent directories', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-open-'));
    try {
      const path = join(dir, 'a', 'b', 'desk.db');
      const store = await openStore({ kind: 'sqlite', path });
      expect(await store.countArticles()).toBe(0);
      await store.close();
      const db = new Database(path, { readonly: true });
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
      expect(versions.length).toBeGreaterThan(0);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a PostgreSQL schema name that is not a plain identifier', async () => {
    await expect(
      openStore({ kind: 'postgres', url: 'postgres://127.0.0.1:1/x', schema: 'x"; DROP SCHEMA public; --' }),
    ).rejects.toThrow(/^store: invalid PostgreSQL schema name/);
  });
});
