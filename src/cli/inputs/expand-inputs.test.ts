import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from './expand-inputs.js';

describe('expandInputs', () => {
  it('keeps http(s) URLs and stdin, walks directories for page files only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-inputs-'));
    writeFileSync(join(dir, 'a.html'), '<p>a</p>');
    writeFileSync(join(dir, 'notes.md'), 'not a page');
    const r = await expandInputs(['-', 'https://news.example/a', dir]);
    expect(r.inputs).toEqual([
      { kind: 'stdin' },
      { kind: 'url', url: 'https://news.example/a' },
      { kind: 'file', path: join(dir, 'a.html') },
    ]);
    expect(r.missing).toEqual([]);
  });

  it('picks up every page and text-dump file the help lists, gzipped or not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-inputs-'));
    const pages = ['a.html', 'b.htm', 'c.xhtml', 'd.txt', 'e.html.gz', 'f.htm.gz', 'g.xhtml.gz', 'h.TXT.GZ'];
    for (const name of [...pages, 'feed.xml', 'x.gz', 'y.bin']) writeFileSync(join(dir, name), 'x');
    const r = await expandInputs([dir]);
    expect(r.inputs.map((i) => (i.kind === 'file' ? i.path : i.kind)).sort()).toEqual(
      pages.map((p) => join(dir, p)).sort(),
    );
  });

  it("lists the feeds and archives a walk leaves for 'dateline ingest', not the other files it leaves", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-inputs-'));
    const forIngest = ['feed.rss', 'list.opml', 'map.xml', 'wire.json', 'crawl.warc.gz', 'old.warc', 'a.atom'];
    for (const name of [...forIngest, 'page.html', 'notes.md', 'x.bin']) writeFileSync(join(dir, name), 'x');
    const r = await expandInputs([dir]);
    expect(r.forIngest.sort()).toEqual(forIngest.map((f) => join(dir, f)).sort());
    // A file named on the command line is read whatever its name: extract says what it is.
    expect((await expandInputs([join(dir, 'feed.rss')])).forIngest).toEqual([]);
  });

  it('names a scheme it does not fetch, and says in words that a path does not exist', async () => {
    const r = await expandInputs(['ftp://files.example/a.html', 'no/such/page.html']);
    expect(r.inputs).toEqual([]);
    expect(r.missing).toEqual([
      {
        source: 'ftp://files.example/a.html',
        reason: 'bad-url',
        message: 'read: ftp://files.example/a.html: only http and https URLs are fetched (not ftp:)',
      },
      {
        source: 'no/such/page.html',
        reason: 'unreadable',
        message: 'read: cannot read no/such/page.html: no such file or directory (ENOENT)',
      },
    ]);
  });
});
