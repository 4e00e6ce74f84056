import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runBatchCommand } from './batch-command.js';

const pages = new URL('../../../test/corpus/cli/pages/', import.meta.url).pathname;

function io(stdinText = '') {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (d) => out.push(String(d)));
  stderr.on('data', (d) => err.push(String(d)));
  return {
    streams: { stdout, stderr, stdin: Readable.from([Buffer.from(stdinText)]) },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

const extract = (argv: string[], t = io()) => runBatchCommand({ name: 'extract', analyze: false }, argv, t.streams);

describe('dateline extract (command)', () => {
  it.each([
    [[], 'no input given'],
    [['--format', 'xml', 'a.html'], "unknown format 'xml'"],
    [['--jobs', '0', 'a.html'], '--jobs takes a positive whole number'],
    [['--base-url', 'not a url', 'a.html'], "--base-url 'not a url' is not a URL"],
    [['--published', 'yesterday-ish', 'a.html'], 'is not an ISO 8601 date'],
    [
      ['--bogus', 'a.html'],
      "dateline extract: unknown option '--bogus' (an input that starts with '-' goes after '--')\n",
    ],
    [['--format', 'json', 'a.html', 'b.html'], 'use --format jsonl, markdown or text for several'],
    [['--format', 'html', 'a.html', 'b.html'], '--format html takes one input (got 2)'],
  ])('exits 2 on a usage error: %j', async (argv, message) => {
    const t = io();
    expect(await extract(argv, t)).toBe(2);
    expect(t.err()).toContain(message);
    expect(t.out()).toBe('');
  });

  it('heads each article with its source in text and markdown for several inputs, not for one', async () => {
    const [a, b] = [`${pages}harbour.html`, `${pages}nested/harbour-copy.htm`];
    const t = io();
    expect(await extract(['--format', 'text', a, b], t)).toBe(0);
    expect(t.out().startsWith(`==> ${a} <==\n\nHarbour bridge reopens after repairs\n`)).toBe(true);
    expect(t.out()).toContain(`\n==> ${b} <==\n\nHarbour bridge reopens after repairs\n`);
    const md = io();
    expect(await extract(['--format', 'markdown', a, b], md)).toBe(0);
    expect(md.out()).toContain(`<!-- source: ${b} -->\n\n# Harbour bridge reopens after repairs\n`);
    const one = io();
    expect(await extract(['--format', 'text', a], one)).toBe(0);
    expect(one.out().startsWith('Harbour bridge reopens after repairs\n')).toBe(true);
  });

  it("says which of a directory's files it left out for 'dateline ingest'", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-batch-'));
    writeFileSync(join(dir, 'feed.rss'), '<rss version="2.0"><channel></channel></rss>');
    const t = io();
    expect(await extract([dir], t)).toBe(1);
    expect(t.err()).toBe(
      `dateline extract: note: left out ${join(dir, 'feed.rss')}: feeds, sitemaps, OPML and WARC files are for ` +
        `'dateline ingest'\ndateline extract: no page files found in ${dir}\n`,
    );
  });

  it('extracts one file as a json record', async () => {
    const t = io();
    expect(await extract([`${pages}harbour.html`], t)).toBe(0);
    const record = JSON.parse(t.out());
    expect(record).toMatchObject({ source: `${pages}harbour.html`, ok: true });
    expect(record.article.title).toBe('Harbour bridge reopens after repairs');
  });

  it('walks directories, streams jsonl in input order, and keeps going past bad inputs (exit 1)', async () => {
    const t = io();
    const code = await extract([pages, `${pages}missing.html`, '--format', 'jsonl', '--jobs', '2'], t);
    expect(code).toBe(1);
    const lines = t
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.source.replace(pages, ''), l.ok])).toEqual([
      ['missing.html', false],
      ['harbour.html', true],
      ['nested/harbour-copy.htm', true],
      ['nested/picture.html', false],
    ]);
    expect(lines[0].error.reason).toBe('unreadable');
    expect(lines[3].error.reason).toBe('not-html');
    expect(t.err()).toContain('2 of 4 inputs succeeded, 2 failed');
  });

  it('reads stdin with -, resolving links against --base-url, and renders html', async () => {
    const html = `<html><body><article><h1>T</h1>${'<p>Some long paragraph of article text that goes on. </p>'.repeat(8)}<p><a href="/x">link</a> here.</p></article></body></html>`;
    const t = io(html);
    const code = await extract(['-', '--base-url', 'https://example.org/a/b.html', '--format', 'html'], t);
    expect(code).toBe(0);
    expect(t.out()).toContain('https://example.org/x');
  });

  it('refuses private URLs without --allow-private, naming the input', async () => {
    const t = io();
    expect(await extract(['http://127.0.0.1:9/page.html', '--format', 'jsonl'], t)).toBe(1);
    const record = JSON.parse(t.out());
    expect(record).toMatchObject({
      source: 'http://127.0.0.1:9/page.html',
      ok: false,
      error: { reason: 'blocked-address' },
    });
  });

  it('refuses an input over --max-bytes', async () => {
    const t = io();
    expect(await extract([`${pages}harbour.html`, '--max-bytes', '100'], t)).toBe(1);
    expect(JSON.parse(t.out()).error.reason).toBe('too-large');
  });

  it('refuses a URL whose server says it is a style sheet or JSON, and extracts the page beside them', async () => {
    const page = `<html><body><article><h1>Quay reopens</h1>${'<p>The quay reopened on Monday after repairs that took a month, the port said.</p>'.repeat(6)}</article></body></html>`;
    const bodies: Record<string, [string, string]> = {
      '/site.css': ['text/css', `:root{--fg:#111}\n${'p{margin:0 0 1em;line-height:1.5}\n'.repeat(20)}`],
      '/api.json': ['application/json; charset=utf-8', JSON.stringify({ items: [{ title: 'x' }] })],
      '/page': ['text/html; charset=utf-8', page],
    };
    const server = createServer((req, res) => {
      const [type, body] = bodies[req.url ?? ''] ?? ['text/plain', 'missing'];
      res.writeHead(200, { 'content-type': type }).end(body);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const t = io();
      const urls = ['/site.css', '/api.json', '/page'].map((p) => `${base}${p}`);
      expect(await extract([...urls, '--allow-private', '--format', 'jsonl'], t)).toBe(1);
      const records = t
        .out()
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { ok: boolean; error?: { reason: string; message: string } });
      expect(records[0]!.error).toEqual({
        reason: 'not-html',
        message: `fetch: ${urls[0]} answered text/css, not a page`,
      });
      expect(records[1]!.error).toEqual({
        reason: 'not-html',
        message: `fetch: ${urls[1]} answered application/json, not a page`,
      });
      expect(records[2]!.ok).toBe(true);
    } finally {
      await new Promise<void>((done) => server.close(() => done()));
    }
  });
});
