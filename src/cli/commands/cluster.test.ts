import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from './cluster.js';

const wire =
  'North Korean leader Kim Jong Un arrived in Vladivostok on Wednesday by armoured train for his first summit ' +
  'with Russian President Vladimir Putin, officials said. The two leaders will discuss the stalled nuclear talks.';

function capture(): { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  return { out: () => out, err: () => err };
}

afterEach(() => void vi.restoreAllMocks());

describe('dateline cluster', () => {
  it('prints one story line per article, marks copies, reports bad lines by number and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-cluster-'));
    const file = join(dir, 'in.jsonl');
    const lines = [
      { id: 'a', title: 'Kim arrives for Putin summit', text: wire, publishedAt: '2019-04-24T08:00:00Z' },
      { id: 'b', title: 'Lakers beat Wizards', text: 'The Lakers beat the Wizards for a fourth straight win.' },
      { id: 'c', title: 'Another headline', text: `Subscribe today. ${wire}`, outlet: 'Courier' },
    ].map((l) => JSON.stringify(l));
    writeFileSync(file, [lines[0], '{not json', lines[1], '', lines[2]].join('\n'));
    const io = capture();
    const code = await run([file]);
    const rows = io
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(code).toBe(1);
    expect(io.err()).toMatch(/line 2: not JSON/);
    expect(rows).toEqual([
      { id: 'a', story: 'a' },
      { id: 'b', story: 'b' },
      { id: 'c', story: 'a', duplicateOf: 'a' },
    ]);
  });

  it('exits 2 on usage errors and 1 on an unreadable file', async () => {
    const io = capture();
    expect(await run([])).toBe(2);
    expect(await run(['/nonexistent/file.jsonl'])).toBe(1);
    expect(io.err()).toMatch(/cannot read/);
  });

  it('takes an option it does not know for a usage error, not a file name', async () => {
    const io = capture();
    expect(await run(['--jobs'])).toBe(2);
    expect(io.err()).toContain("unknown option '--jobs'");
    expect(io.err()).not.toContain('cannot read');
    expect(await run([])).toBe(2);
    expect(await run(['--help'])).toBe(0);
    expect(io.out()).toContain('Exit status');
  });
});
