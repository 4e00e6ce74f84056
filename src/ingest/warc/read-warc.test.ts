import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

describe('readWarc: damaged .warc.gz files', () => {
  const page = (i: number, size = 600): Buffer =>
    Buffer.from(`<html><head><title>P${i}</title></head><body><p>${'Words of a page. '.repeat(size / 17)}</p></body>`);
  const member = (i: number, body = page(i)): Buffer =>
    warcRecordBytes(
      {
        type: 'response',
        id: `0000000${i}-0000-4000-8000-000000000000`,
        date: '2024-01-01T00:00:00Z',
        targetUri: `https://example.com/${i}`,
        contentType: 'application/http; msgtype=response',
        block: httpResponseBlock('200 OK', { 'content-type': 'text/html' }, body),
      },
      true,
    );
  const write = (bytes: Buffer): string => {
    const path = join(mkdtempSync(join(tmpdir(), 'dateline-warc-')), 'damaged.warc.gz');
    writeFileSync(path, bytes);
    return path;
  };
  const summary = (items: WarcItem[]): string[] =>
    items.map((i) => (i.kind === 'document' ? `document ${i.raw.url}` : i.kind === 'failed' ? 'failed' : i.kind));

  it('reports a record cut anywhere in its gzip member as a failure naming the record, after every whole one', async () => {
    const [a, b] = [member(1), member(2)];
    for (const cut of [1, 10, 40, Math.floor(b.length / 2), b.length - 20, b.length - 8, b.length - 1]) {
      const items = await all(write(Buffer.concat([a, b.subarray(0, cut)])));
      expect(summary(items), `cut at ${cut}`).toEqual(['document https://example.com/1', 'failed']);
      const failure = items[1] as Extract<WarcItem, { kind: 'failed' }>;
      expect(failure.source).toMatch(/damaged\.warc\.gz#1$/);
      expect(failure.message).toMatch(new RegExp(`^warc: record 1: .*truncated.*at byte ${a.length}\\)$`));
    }
  });

  it('reports a plain WARC cut inside a header block as truncated, not as a record skipped', async () => {
    const whole = readFileSync(fixture('fixture.warc'));
    // The fifth record (#4) opens at the fifth version line; cut 40 bytes into its header block.
    let at = -1;
    for (let n = 0; n < 5; n++) at = whole.indexOf('WARC/1.1', at + 1);
    const path = join(mkdtempSync(join(tmpdir(), 'dateline-warc-')), 'cut.warc');
    writeFileSync(path, whole.subarray(0, at + 40));
    const items = await all(path);
    expect(items.map((i) => (i.kind === 'skipped' ? i.reason : i.kind))).toEqual([
      'not-a-response',
      'not-a-response',
      'document',
      'document',
      'failed',
    ]);
    expect(items[4]).toMatchObject({
      kind: 'failed',
      source: `warc:${path}#4`,
      message: `warc: record 4: the file ends inside its header block (truncated) (at byte ${at})`,
    });
  });

  it('names the URI of a cut record when its headers survived', async () => {
    const b = member(2);
    const items = await all(write(Buffer.concat([member(1), b.subarray(0, b.length - 8)])));
    expect((items[1] as Extract<WarcItem, { kind: 'failed' }>).message).toContain('(https://example.com/2, at byte');
  });

  it("never yields part of a large record cut short (one whose member decodes past pako's 64 KiB buffer)", async () => {
    const big = member(2, page(2, 200_000));
    const items = await all(write(Buffer.concat([member(1), big.subarray(0, Math.floor(big.length * 0.6))])));
    expect(summary(items)).toEqual(['document https://example.com/1', 'failed']);
  });

  it('reports a corrupt member (bad data or bad checksum), keeps the records before it and resumes after it', async () => {
    const b = member(2);
    const badData = Buffer.from(b);
    for (let i = 40; i < 50; i++) badData[i]! ^= 0xff;
    const badCrc = Buffer.from(b);
    badCrc[b.length - 6]! ^= 0xff;
    for (const [name, bad] of [
      ['data', badData],
      ['crc', badCrc],
    ] as const) {
      const a = member(1);
      const items = await all(write(Buffer.concat([a, bad, member(3), member(4)])));
      expect(summary(items), name).toEqual([
        'document https://example.com/1',
        'failed',
        'document https://example.com/3',
        'document https://example.com/4',
      ]);
      const failure = items[1] as Extract<WarcItem, { kind: 'failed' }>;
      expect(failure.source, name).toMatch(/#1$/);
      expect(failure.message, name).toMatch(
        new RegExp(
          `^warc: record 1: corrupt gzip member \\(.+\\); reading resumed at the next record, ` +
            `byte ${a.length + bad.length} \\(at byte ${a.length}\\)$`,
        ),
      );
      expect((items[2] as Extract<WarcItem, { kind: 'document' }>).raw.source, name).toMatch(/#2$/);
    }
  });

  it('says so when nothing after a corrupt member can be read', async () => {
    const bad = Buffer.from(member(2));
    for (let i = 40; i < 50; i++) bad[i]! ^= 0xff;
    const items = await all(write(Buffer.concat([member(1), bad, Buffer.from('trailing junk, no member')])));
    expect(summary(items)).toEqual(['document https://example.com/1', 'failed']);
    expect((items[1] as Extract<WarcItem, { kind: 'failed' }>).message).toMatch(
      /; nothing after it was read \(at byte \d+\)$/,
    );
  });

  it('reads a whole archive with no failure, whatever its name', async () => {
    const items = await all(write(Buffer.concat([member(1), member(2, page(2, 200_000)), member(3)])));
    expect(summary(items)).toEqual([1, 2, 3].map((i) => `document https://example.com/${i}`));
  });
});
