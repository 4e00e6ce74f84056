/**
 * Hostile WARC files: a record cut short (interrupted crawl), a Content-Length far past the end of the file,
 * a payload that is not HTTP, garbage, an empty file and a stored gzip bomb. Each read ends (the test timeout
 * is the guard: a cut record used to spin warcio's skip loop forever), and the records before the damage
 * still come out.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWarc } from '../../src/ingest/warc/read-warc.js';
import { httpResponseBlock, warcRecordBytes } from '../../src/ingest/warc/warc-record-bytes.js';

const html = Buffer.from(`<html><head><title>T</title></head><body><p>${'Hello world. '.repeat(50)}</p></body></html>`);

function response(i: number, body: Uint8Array = html, headers: Record<string, string> = {}, gz = false): Buffer {
  return warcRecordBytes(
    {
      type: 'response',
      id: `0000000${i}-0000-4000-8000-000000000000`,
      date: '2024-01-01T00:00:00Z',
      targetUri: `https://example.com/${i}`,
      contentType: 'application/http; msgtype=response',
      block: httpResponseBlock('200 OK', { 'content-type': 'text/html', ...headers }, body),
    },
    gz,
  );
}

const withLength = (record: Buffer, length: string) =>
  Buffer.from(record.toString('latin1').replace(/Content-Length: \d+/, `Content-Length: ${length}`), 'latin1');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-warc-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(name: string, bytes: Uint8Array, maxBytes = 1 << 20): Promise<string[]> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const out: string[] = [];
  for await (const item of readWarc(path, { maxBytes }))
    out.push(
      item.kind === 'document'
        ? `document ${item.raw.url}`
        : item.kind === 'skipped'
          ? `skipped ${item.reason}`
          : `failed ${item.message.replace(path, '')}`,
    );
  return out;
}

describe('readWarc on hostile files', () => {
  it('a record cut off mid-way ends the read with a failure naming the record', async () => {
    const out = await read('cut.warc', Buffer.concat([response(1), response(2).subarray(0, 300)]));
    expect(out[0]).toBe('document https://example.com/1');
    expect(out).toHaveLength(2); // the cut record is a failure, never a document with half a body
    expect(out.at(-1)).toMatch(
      /^failed warc: record 1: the file ends \d+ bytes short of it \(truncated\) \(https:\/\/example\.com\/2, at byte \d+\)$/,
    );
  });

  it('a Content-Length far past the end of the file ends the read', async () => {
    const out = await read('long.warc', Buffer.concat([response(1), withLength(response(2), '99999999')]));
    expect(out[0]).toBe('document https://example.com/1');
    expect(out.at(-1)).toMatch(/^failed warc: record 1: the file ends \d+ bytes short/);
  });

  it('a gzip member cut short keeps the records before it', async () => {
    const out = await read(
      'cut.warc.gz',
      Buffer.concat([response(1, html, {}, true), response(2, html, {}, true).subarray(0, 100)]),
    );
    expect(out[0]).toBe('document https://example.com/1');
  });

  it('a payload that is not HTTP is skipped and the next record still read', async () => {
    const dns = warcRecordBytes({
      type: 'response',
      id: '00000009-0000-4000-8000-000000000000',
      date: '2024-01-01T00:00:00Z',
      targetUri: 'dns:example.com',
      contentType: 'text/dns',
      block: Buffer.from('example.com. 300 IN A 93.184.216.34\n'),
    });
    const out = await read('dns.warc', Buffer.concat([dns, response(2)]));
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/^skipped /);
    expect(out[1]).toBe('document https://example.com/2');
  });

  it('a stored gzip bomb is skipped as too large, and the next record read', async () => {
    const bomb = response(1, gzipSync(Buffer.alloc(8 << 20, 'a')), { 'content-encoding': 'gzip' });
    expect(await read('bomb.warc', Buffer.concat([bomb, response(2)]))).toEqual([
      'skipped too-large',
      'document https://example.com/2',
    ]);
  });

  it('garbage is one failure naming the record; an empty file is no records', async () => {
    expect(await read('garbage.warc', Buffer.from('\u0000\u0001not a warc\r\n'.repeat(50)))).toEqual([
      'failed warc: record 0: no WARC version line (at byte 0)',
    ]);
    expect(await read('empty.warc', Buffer.alloc(0))).toEqual([]);
  });

  it('whole files read as before: no truncation is reported for plain or gzip archives', async () => {
    expect(await read('whole.warc', Buffer.concat([response(1), response(2)]))).toEqual([
      'document https://example.com/1',
      'document https://example.com/2',
    ]);
    expect(
      await read('whole.warc.gz', Buffer.concat([response(1, html, {}, true), response(2, html, {}, true)])),
    ).toEqual(['document https://example.com/1', 'document https://example.com/2']);
  });
});
