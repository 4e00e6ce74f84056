import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runIngest } from './ingest.js';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../../test/corpus/ingest/cli/${name}`, import.meta.url));

function capture() {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

async function ingest(args: string[]) {
  const out = capture();
  const err = capture();
  const code = await runIngest(args, { stdout: out.stream, stderr: err.stream });
  return { code, stdout: out.text(), stderr: err.text() };
}

const tempDb = (): string => join(mkdtempSync(join(tmpdir(), 'dateline-cli-')), 'desk.db');

describe('dateline ingest', () => {
  it('exits 0 when every input is stored, with plain log lines off a TTY', async () => {
    const r = await ingest([fixture('story.html'), '--db', tempDb()]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`stored ${fixture('story.html')}`);
    expect(r.stderr).toMatch(/1 stored \(1 new, 0 updated\), 0 unchanged, 0 skipped, 0 failed/);
  });

  it('exits 1 and lists each failure with its reason, storing the rest', async () => {
    const db = tempDb();
    const r = await ingest([fixture('story.html'), fixture('not-a-page.html'), 'no/such/file.html', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`failed ${fixture('not-a-page.html')}: not-html:`);
    expect(r.stderr).toContain('failed no/such/file.html: unreadable:');
    expect(r.stderr).toMatch(/1 stored .* 2 failed/);
    const again = await ingest([fixture('story.html'), '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/0 stored .* 1 unchanged/);
  });

  it('exits 2 on usage errors', async () => {
    expect((await ingest([])).code).toBe(2);
    expect((await ingest(['x.html', '--jobs', '0'])).code).toBe(2);
    const bad = await ingest(['x.html', '--frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Run 'dateline ingest --help'");
    const help = await ingest(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: dateline ingest');
  });
});
