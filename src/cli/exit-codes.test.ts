import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from './main.js';

// Every command that opens the store exits alike when it cannot: 1, as for a failed input (the command was right,
// the database is not there to answer), and 2 only when the command or its settings must change.
describe('exit codes when the database cannot be reached', () => {
  const saved = { ...process.env };
  let stderr: ReturnType<typeof vi.spyOn>;
  let stdout: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    delete process.env.DATELINE_DB;
    process.env.DATELINE_PG_URL = 'postgres://nobody:hunter2@127.0.0.1:1/none';
    stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterEach(() => {
    stderr.mockRestore();
    stdout.mockRestore();
    process.env = { ...saved };
  });
  const said = () => stderr.mock.calls.map((c: unknown[]) => String(c[0])).join('');

  it.each([
    ['serve', ['serve', '--port', '0']],
    ['ingest', ['ingest', join(tmpdir(), 'no-such-page.html')]],
    ['reprocess', ['reprocess']],
    ['feeds', ['feeds', 'list']],
    ['jobs', ['jobs']],
    ['enqueue', ['enqueue', '--refresh-feeds']],
    ['worker', ['worker']],
  ])('%s exits 1 naming the database, password redacted', async (name, argv) => {
    expect(await main(argv)).toBe(1);
    expect(said()).toMatch(new RegExp(`^dateline ${name}: `));
    expect(said()).toContain('127.0.0.1:1');
    expect(said()).not.toContain('hunter2');
    expect(said()).not.toMatch(/\n\s+at /);
  });

  it('exits 1 too for a --db that is not a database, and 2 for a bad setting', async () => {
    delete process.env.DATELINE_PG_URL;
    const junk = join(mkdtempSync(join(tmpdir(), 'dateline-exit-')), 'notes.db');
    writeFileSync(junk, 'a text file, not a database: long enough to fill the header of a SQLite page, and more.');
    for (const argv of [
      ['serve', '--port', '0', '--db', junk],
      ['feeds', 'list', '--db', junk],
      ['reprocess', '--db', junk],
    ])
      expect(await main(argv), argv.join(' ')).toBe(1);
    process.env.DATELINE_PG_URL = 'postgres://x@127.0.0.1:1/none';
    process.env.DATELINE_DB = junk;
    for (const argv of [['serve', '--port', '0'], ['feeds', 'list'], ['ingest', 'x.html'], ['jobs'], ['worker']])
      expect(await main(argv), argv.join(' ')).toBe(2);
  });
});
