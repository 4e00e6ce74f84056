import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConfiguredStore } from './open-configured-store.js';

describe('openConfiguredStore', () => {
  it('answers a message naming the file when --db is not a database, or is a directory, instead of throwing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-open-'));
    const junk = join(dir, 'notes.db');
    writeFileSync(junk, 'this is not a database, just some text that is long enough to fill a header page....');
    const notDb = await openConfiguredStore(junk);
    expect(notDb.ok).toBe(false);
    expect(!notDb.ok && notDb.message).toContain(`cannot open the SQLite database ${junk}`);
    const isDir = await openConfiguredStore(dir);
    expect(!isDir.ok && isDir.message).toContain(`cannot open the SQLite database ${dir}`);
  });

  it('opens a new SQLite desk, creating its folder', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dateline-open-')), 'sub', 'desk.db');
    const opened = await openConfiguredStore(path);
    expect(opened.ok).toBe(true);
    if (opened.ok) await opened.store.close();
  });
});
