/**
 * Hostile inputs through `dateline extract` / `dateline analyze`: one batch mixing good pages with binary,
 * empty, truncated, bomb-like, mis-encoded and oddly named inputs. Every other record must still come out, in
 * order, and the run exits 1 with a message naming each bad input.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatchCommand } from '../../src/cli/batch/batch-command.js';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (d) => out.push(String(d)));
  stderr.on('data', (d) => err.push(String(d)));
  return {
    streams: { stdout, stderr, stdin: Readable.from([Buffer.alloc(0)]) },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

const paragraph = 'The council voted on Tuesday to reopen the harbour bridge after three months of repairs. ';
const page = (title: string) =>
  `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>` +
  `<p>${paragraph.repeat(8)}</p><p>${paragraph.repeat(6)}</p></article></body></html>`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-hostile-'));
  writeFileSync(join(dir, 'a-good.html'), page('Harbour bridge reopens'));
  writeFileSync(join(dir, 'b-nul.html'), Buffer.alloc(4096));
  writeFileSync(join(dir, 'c-empty.html'), '');
  const gz = gzipSync(page('Truncated'));
  writeFileSync(join(dir, 'd-truncated.html.gz'), gz.subarray(0, gz.length >> 1));
  // 4 MB of spaces and letters: inflates past the 1 MB cap the test sets.
  writeFileSync(join(dir, 'e-bomb.html.gz'), gzipSync(Buffer.alloc(4 << 20, 'a ')));
  writeFileSync(
    join(dir, 'f-utf16.html'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page('Caf\u00e9 reopens'), 'utf16le')]),
  );
  writeFileSync(
    join(dir, 'g-lying-charset.html'),
    page('Caf\u00e9 lies').replace('<head>', '<head><meta charset="x-no-such-charset">'),
  );
  writeFileSync(
    join(dir, 'h-invalid-utf8.html'),
    Buffer.concat([Buffer.from(page('Bad bytes')), Buffer.from([0xc3, 0x28, 0xe2, 0x28, 0xa1, 0xf0, 0x90, 0xff])]),
  );
  writeFileSync(join(dir, 'i-new\nline \u202eu\u0308.html'), page('Odd name'));
  mkdirSync(join(dir, 'j-loop'));
  symlinkSync('..', join(dir, 'j-loop', 'up'));
  symlinkSync('.', join(dir, 'j-loop', 'self'));
  writeFileSync(join(dir, 'j-loop', 'k-inner.html'), page('Inside the loop'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Rec = { source: string; ok: boolean; article?: { title: string | null }; error?: { message: string } };

async function run(name: 'extract' | 'analyze', argv: string[]) {
  const t = io();
  const code = await runBatchCommand({ name, analyze: name === 'analyze' }, argv, t.streams);
  const records = t
    .out()
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Rec);
  return { code, records, err: t.err() };
}

describe('hostile batch through the CLI', () => {
  it.each(['extract', 'analyze'] as const)('%s: bad inputs fail alone, good ones come out, exit 1', async (name) => {
    const { code, records, err } = await run(name, [
      dir,
      '/dev/zero',
      '--format',
      'jsonl',
      '--jobs',
      '1',
      '--max-bytes',
      String(1 << 20),
    ]);
    expect(code).toBe(1);
    const byName = new Map(records.map((r) => [r.source.replace(dir + '/', ''), r]));
    // The symlink loop is not followed: the inner page comes out once.
    expect([...byName.keys()]).toEqual([
      'a-good.html',
      'b-nul.html',
      'c-empty.html',
      'd-truncated.html.gz',
      'e-bomb.html.gz',
      'f-utf16.html',
      'g-lying-charset.html',
      'h-invalid-utf8.html',
      'i-new\nline \u202eu\u0308.html',
      'j-loop/k-inner.html',
      '/dev/zero',
    ]);
    const ok = (n: string) => byName.get(n)!.ok;
    expect(['a-good.html', 'f-utf16.html', 'g-lying-charset.html', 'h-invalid-utf8.html'].every(ok)).toBe(true);
    expect(ok('i-new\nline \u202eu\u0308.html') && ok('j-loop/k-inner.html')).toBe(true);
    expect(byName.get('f-utf16.html')!.article!.title).toBe('Caf\u00e9 reopens');
    expect(byName.get('g-lying-charset.html')!.article!.title).toBe('Caf\u00e9 lies');
    for (const bad of ['b-nul.html', 'c-empty.html', 'd-truncated.html.gz', 'e-bomb.html.gz', '/dev/zero']) {
      const r = byName.get(bad)!;
      expect(r.ok, bad).toBe(false);
      // The record names its module; the stderr line names the input.
      expect(r.error!.message).toMatch(/^(read|decode|extract): /);
      expect(err).toContain(`dateline ${name}: ${r.source}: `);
    }
    expect(err).toContain(`dateline ${name}: 6 of 11 inputs succeeded, 5 failed`);
  });

  it('a device that never ends is refused at the byte cap instead of read without end', async () => {
    const { code, records } = await run('extract', ['/dev/zero', '--max-bytes', '1000', '--format', 'jsonl']);
    expect(code).toBe(1);
    expect(records[0]).toMatchObject({ source: '/dev/zero', ok: false });
    expect(records[0]!.error!.message).toBe('read: /dev/zero is over the limit of 1,000 bytes (--max-bytes raises it)');
  });

  it('100,000 nested divs around the article neither overflow the stack nor lose the batch', async () => {
    const deep = join(dir, 'deep.html');
    const body = `<article><p>${paragraph.repeat(8)}</p><p>${paragraph.repeat(6)}</p></article>`;
    writeFileSync(deep, `<html><body>${'<div>'.repeat(100_000)}${body}${'</div>'.repeat(100_000)}</body></html>`);
    const { records } = await run('analyze', [deep, join(dir, 'a-good.html'), '--format', 'jsonl', '--jobs', '1']);
    expect(records.map((r) => r.ok)).toHaveLength(2);
    expect(records[1]!.ok).toBe(true);
    // Deep nesting may cost the article, never the process: either it is found or refused with a reason.
    if (!records[0]!.ok) expect(records[0]!.error!.message).toMatch(/^(extract|decode): /);
    rmSync(deep);
  });
});
