import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from './cluster.js';

/** A strike reported three times, then two other stories (one JSON line each). */
const SPLIT_STRIKE = fileURLToPath(new URL('../../../test/corpus/stories/split-strike.jsonl', import.meta.url));

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
  it('refuses a binary file in one message, and names a missing file in words', async () => {
    const binary = fileURLToPath(new URL('../../../test/corpus/cli/binary.jsonl', import.meta.url));
    const io = capture();
    expect(await run([binary])).toBe(1);
    expect(io.err()).toBe(`dateline cluster: ${binary}: line 1 holds binary data; not a JSONL file\n`);
    expect(io.out()).toBe('');
    expect(await run(['no/such/articles.jsonl'])).toBe(1);
    expect(io.err()).toContain(
      'dateline cluster: cannot read no/such/articles.jsonl: no such file or directory (ENOENT)\n',
    );
  });

  it('prints one story line per article, marks copies, reports bad lines by number and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-cluster-'));
    const file = join(dir, 'in.jsonl');
    const lines = [
      { id: 'a', title: 'Kim arrives for Putin summit', text: wire, publishedAt: '2019-04-24T08:00:00Z' },
      { id: 'b', title: 'Lakers beat Wizards', text: 'The Lakers beat the Wizards for a fourth straight win.' },
      { id: 'c', title: 'Another headline', text: `Subscribe today. ${wire}`, outlet: 'Courier' },
    ].map((l) => JSON.stringify(l));
    const blank = JSON.stringify({ id: 'd', title: ' ', text: '' });
    writeFileSync(file, [lines[0], '{not json', lines[1], '', lines[2], blank].join('\n'));
    const io = capture();
    const code = await run([file]);
    const rows = io
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(code).toBe(1);
    expect(io.err()).toMatch(/line 2: not JSON/);
    expect(io.err()).toContain('dateline cluster: line 6: "title" and "text" are both empty\n');
    expect(rows).toEqual([
      { id: 'a', story: 'a' },
      { id: 'b', story: 'b' },
      { id: 'c', story: 'a', duplicateOf: 'a' },
    ]);
  });

  it('marks a short line that repeats another word for word as its copy, the earliest published canonical', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-cluster-'));
    const file = join(dir, 'short.jsonl');
    const short = { title: 'Ferry service resumes', text: 'The harbour ferry sailed again on Friday.' };
    const lines = [
      { id: 'p', ...short, publishedAt: '2024-05-03T10:00:00Z' },
      { id: 'q', ...short, publishedAt: '2024-05-03T08:00:00Z' },
      { id: 'r', title: 'Ferry Service  Resumes', text: ' the harbour ferry sailed again on friday.' },
      { id: 's', title: 'Ferry service resumes', text: 'The harbour ferry sailed again on Saturday.' },
    ].map((l) => JSON.stringify(l));
    writeFileSync(file, lines.join('\n'));
    const io = capture();
    expect(await run([file])).toBe(0);
    const rows = io
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; story: string; duplicateOf?: string });
    const story = rows[0]!.story;
    expect(rows.slice(0, 3)).toEqual([
      { id: 'p', story, duplicateOf: 'q' },
      { id: 'q', story },
      { id: 'r', story, duplicateOf: 'q' },
    ]);
    // Another text, however close: not a copy by this rule.
    expect(rows[3]!.duplicateOf).toBeUndefined();
  });

  it('reads a file that opens with a UTF-8 byte order mark and ends its lines with CRLF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-cluster-'));
    const file = join(dir, 'bom.jsonl');
    const lines = [
      { id: 'w1', title: 'Ferry service resumes', text: 'The harbour ferry sailed again on Friday.' },
      { id: 'w2', title: 'Council approves budget', text: 'The town council passed its budget on Monday.' },
    ];
    writeFileSync(file, '\uFEFF' + lines.map((l) => JSON.stringify(l)).join('\r\n') + '\r\n');
    const io = capture();
    expect(await run([file])).toBe(0);
    expect(io.err()).toBe('');
    expect(io.out()).toBe('{"id":"w1","story":"w1"}\n{"id":"w2","story":"w2"}\n');
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
    // Every field the decoder reads is named (cluster-input.ts).
    for (const field of ['"id"', '"title"', '"text"', '"publishedAt"', '"outlet"', '"url"', '"entities"', '"snippet"'])
      expect(io.out()).toContain(field);
  });

  it('merges a story split by the cold statistics of the first lines before printing, like the desk', async () => {
    // Three reports of one strike come first: with three documents every shared term looks common, so each
    // starts its own story; the rest of the file shows their shared terms are distinctive.
    const lines = [
      ...readFileSync(SPLIT_STRIKE, 'utf8').trim().split('\n'),
      ...[
        ['k1', 'Kim arrives for Putin summit', wire],
        [
          'l1',
          'Lakers beat Wizards',
          'The Lakers beat the Wizards for a fourth straight win behind a late run in Washington.',
        ],
      ].map(([id, title, text]) => JSON.stringify({ id, title, text })),
    ];
    const dir = mkdtempSync(join(tmpdir(), 'dateline-cluster-'));
    const file = join(dir, 'split.jsonl');
    writeFileSync(file, lines.join('\n'));
    const io = capture();
    expect(await run([file])).toBe(0);
    const story = new Map(
      io
        .out()
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { id: string; story: string })
        .map((r) => [r.id, r.story]),
    );
    expect([story.get('s2'), story.get('s3')]).toEqual([story.get('s1'), story.get('s1')]);
    expect(new Set([story.get('s1'), story.get('m1'), story.get('h1'), story.get('k1'), story.get('l1')]).size).toBe(5);
  });
});
