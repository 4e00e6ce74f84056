import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readWarc, type WarcItem } from './read-warc.js';
import { httpResponseBlock, warcRecordBytes } from './warc-record-bytes.js';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../../test/corpus/ingest/warc/${name}`, import.meta.url));

async function all(path: string, maxBytes?: number): Promise<WarcItem[]> {
  const out: WarcItem[] = [];
  for await (const item of readWarc(path, maxBytes ? { maxBytes } : {})) out.push(item);
  return out;
}

describe.each(['fixture.warc', 'fixture.warc.gz'])('readWarc(%s)', (name) => {
  it('yields the HTML responses, decoded, and skips the rest with a reason', async () => {
    const items = await all(fixture(name));
    expect(items.map((i) => (i.kind === 'skipped' ? i.reason : i.kind))).toEqual([
      'not-a-response',
      'not-a-response',
      'document',
      'document',
      'not-html',
      'http-status',
      'document',
    ]);
    const docs = items.flatMap((i) => (i.kind === 'document' ? [i.raw] : []));
    expect(docs.map((d) => d.url)).toEqual([
      'https://plain.example/a',
      'https://chunked.example/b',
      'https://latin.example/cafe',
    ]);
    const text = (b?: Uint8Array): string => Buffer.from(b ?? []).toString('latin1');
    expect(text(docs[0]?.bytes)).toContain('A plain stored response.');
    // Chunked transfer-coding and gzip content-coding are undone, and their headers dropped.
    expect(text(docs[1]?.bytes)).toContain('Stored chunked and gzip-encoded.');
    expect(docs[1]?.headers?.['content-encoding']).toBeUndefined();
    expect(docs[1]?.fetchedAt).toBe('2023-09-10T12:00:01Z');
    // Bytes stay bytes: the declared charset travels in the headers for extract to decode.
    expect(docs[2]?.headers?.['content-type']).toBe('text/html; charset=ISO-8859-1');
    expect(text(docs[2]?.bytes)).toContain('Caf\xe9 cr\xe8me');
    expect(docs[0]?.source).toBe(`warc:${fixture(name)}#2`);
  });
});

describe('readWarc: hostile archives', () => {
  it('caps a gzip bomb in a stored response', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-warc-'));
    const body = gzipSync(Buffer.alloc(2 * 1024 * 1024, 0x20));
    const block = httpResponseBlock('200 OK', { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }, body);
    const path = join(dir, 'bomb.warc.gz');
    writeFileSync(
      path,
      warcRecordBytes(
        {
          type: 'response',
          id: '1',
          date: '2023-01-01T00:00:00Z',
          targetUri: 'https://x.example/',
          contentType: 'application/http',
          block,
        },
        true,
      ),
    );
    expect(await all(path, 1024 * 1024)).toEqual([{ kind: 'skipped', source: `warc:${path}#0`, reason: 'too-large' }]);
  });

  it('reports a file that is not a WARC as one failure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-warc-'));
    const path = join(dir, 'junk.warc');
    writeFileSync(path, 'this is not a warc file\r\n\r\nat all');
    const items = await all(path);
    expect(items.every((i) => i.kind === 'failed')).toBe(true);
    expect(items.length).toBeLessThanOrEqual(1);
  });
});
