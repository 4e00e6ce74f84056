/**
 * WARC 1.0/1.1 files (plain or `.warc.gz`, one gzip member per record) → RawDocuments, streamed record by
 * record so a 1 GB archive never sits in memory. Built on webrecorder's warcio.js, which decodes the stored
 * HTTP response (status line, headers, chunked transfer-encoding, gzip/deflate content-encoding) for us.
 * Only `response` records with an HTML (or XHTML) body and a 2xx status become documents; the rest are
 * reported as skipped, so a summary can say what was in the archive.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { WARCParser, type WARCRecord } from 'warcio';
import { CheckedWarcReader, type MemberDamage } from './checked-warc-reader.js';
import { nextWarcMember } from './next-gzip-member.js';
import type { RawDocument } from '../../vocabulary.js';

export type WarcItem =
  | { kind: 'document'; raw: RawDocument }
  | { kind: 'skipped'; source: string; reason: WarcSkipReason }
  | { kind: 'failed'; source: string; message: string };

export type WarcSkipReason =
  | 'not-a-response' // warcinfo, request, metadata, revisit…
  | 'not-html' // images, scripts, PDFs…
  | 'http-status' // a stored 3xx/4xx/5xx
  | 'too-large'; // a body over maxBytes once decoded

export interface WarcOptions {
  /** Cap on one record's decoded body (default 20 MiB, extract's own cap). */
  maxBytes?: number;
}

/** Content types worth extracting; the type is as the stored response declared it. */
const HTML_TYPES: readonly string[] = ['text/html', 'application/xhtml+xml'];

function headerRecord(headers: Headers | Map<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    out[key.toLowerCase()] = value;
  });
  return out;
}

/** Reads a decoded body, stopping at the cap: a gzip bomb in a stored response decodes only so far. */
async function readCapped(record: WARCRecord, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of record.contentReader) {
    size += chunk.byteLength;
    if (size > maxBytes) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function toItem(record: WARCRecord, path: string, index: number, maxBytes: number): Promise<WarcItem> {
  const uri = record.warcTargetURI ?? null;
  const source = `warc:${path}#${index}`;
  if (record.warcType !== 'response' || !record.httpHeaders)
    return { kind: 'skipped', source, reason: 'not-a-response' };
  const status = Number(record.httpHeaders.statusCode);
  if (!(status >= 200 && status < 300)) return { kind: 'skipped', source, reason: 'http-status' };
  const headers = headerRecord(record.httpHeaders.headers);
  const type = (headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  // A missing type is sniffed by extract; a declared non-HTML type is trusted.
  if (type && !HTML_TYPES.includes(type)) return { kind: 'skipped', source, reason: 'not-html' };
  if (record.warcContentLength > maxBytes * 4) return { kind: 'skipped', source, reason: 'too-large' };
  const bytes = await readCapped(record, maxBytes);
  if (!bytes) return { kind: 'skipped', source, reason: 'too-large' };
  // The body is stored decoded now; its transfer framing no longer applies.
  delete headers['content-encoding'];
  delete headers['transfer-encoding'];
  delete headers['content-length'];
  const raw: RawDocument = { source, headers, bytes };
  if (uri) raw.url = uri;
  if (record.warcDate) raw.fetchedAt = record.warcDate;
  return { kind: 'document', raw };
}

/** Where a record is: its number, offset in the file (of its gzip member, in a `.warc.gz`) and URI. */
interface RecordPlace {
  index: number;
  offset: number;
  uri: string | null;
}

/** A record read but not yet reported: it is whole only once the parser has moved past it. */
interface Pending extends RecordPlace {
  item: WarcItem;
}

function damaged(path: string, p: RecordPlace, why: string): WarcItem {
  const where = p.uri ? `${p.uri}, at byte ${p.offset}` : `at byte ${p.offset}`;
  return { kind: 'failed', source: `warc:${path}#${p.index}`, message: `warc: record ${p.index}: ${why} (${where})` };
}

function describe(damage: MemberDamage, resumeAt: number | null): string {
  if (damage.kind === 'cut') return `${damage.message} (truncated)`;
  const after =
    resumeAt === null ? 'nothing after it was read' : `reading resumed at the next record, byte ${resumeAt}`;
  return `corrupt gzip member (${damage.message}); ${after}`;
}

/** Whether the file starts with a gzip member (magic 1f 8b). */
async function startsGzip(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await file.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await file.close();
  }
}

/** Where one run of the parser stopped: at the end, or at a corrupt member it could resume after. */
interface SegmentEnd {
  /** The number the next record would get. */
  index: number;
  /** Set when a corrupt gzip member ended the run: the offset of the next member that opens a record. */
  resumeAt: number | null;
}

/**
 * Streams the HTML responses of a WARC file. Damage is reported as a `failed` item naming the record (its
 * number, URI when its headers survived, and offset): a record cut short, a gzip member cut or corrupt, a
 * record that is not WARC. Every whole record comes out; a partial one never does. After a corrupt member of a
 * `.warc.gz` reading resumes at the next member that opens a record.
 */
export async function* readWarc(path: string, options: WarcOptions = {}): AsyncGenerator<WarcItem> {
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  let gzip: boolean;
  try {
    gzip = await startsGzip(path);
  } catch (err) {
    return yield { kind: 'failed', source: `warc:${path}#0`, message: `warc: ${(err as Error).message}` };
  }
  let start = 0;
  let index = 0;
  for (;;) {
    const end: SegmentEnd = { index, resumeAt: null };
    yield* readSegment(path, start, gzip, maxBytes, end);
    if (end.resumeAt === null) return;
    [start, index] = [end.resumeAt, end.index];
  }
}

/**
 * One run of the parser from byte `start`. A corrupt gzip member ends it with a failure that already says where
 * reading resumes (it looks the next member up before reporting), and sets `end.resumeAt` to it.
 */
async function* readSegment(
  path: string,
  start: number,
  gzip: boolean,
  maxBytes: number,
  end: SegmentEnd,
): AsyncGenerator<WarcItem> {
  let stream: ReturnType<typeof createReadStream> | null = null;
  let index = end.index;
  let pending: Pending | null = null;
  const report = async function* (at: RecordPlace, damage: MemberDamage): AsyncGenerator<WarcItem> {
    const resumeAt = damage.kind === 'corrupt' ? await nextWarcMember(path, damage.offset + 1) : null;
    end.resumeAt = resumeAt;
    yield damaged(path, at, describe(damage, resumeAt));
  };
  try {
    stream = createReadStream(path, { highWaterMark: 256 * 1024, start });
    const reader = new CheckedWarcReader(stream, gzip);
    const parser = new WARCParser(reader);
    const damageAt = (): MemberDamage | null =>
      reader.damage ? { ...reader.damage, offset: start + reader.damage.offset } : null;
    for await (const record of parser) {
      // The parser found this record after the pending one, so that one was read to its end.
      if (pending) yield pending.item;
      pending = null;
      const offset = start + parser.offset;
      const uri = record.warcTargetURI ?? null;
      // warcio parses any header block; a record that does not open with a WARC version line means this is
      // not a WARC file (or we lost sync in a corrupt one), and nothing after it can be trusted.
      if (!record.warcHeaders.statusline.startsWith('WARC/')) {
        const at: RecordPlace = { index, offset, uri };
        const damage = damageAt();
        end.index = index + 1;
        if (damage && offset >= damage.offset) yield* report(at, damage);
        else yield damaged(path, at, 'no WARC version line');
        return;
      }
      // Content-Length is mandatory in every WARC record: a header block without it is one the file ends inside
      // (warcio takes the end of the file for the end of the headers), and was skipped as "not-a-response".
      if (record.warcHeader('Content-Length') == null) {
        const at: RecordPlace = { index, offset, uri };
        const damage = damageAt();
        end.index = index + 1;
        if (damage && offset >= damage.offset) return yield* report(at, damage);
        return yield damaged(path, at, 'the file ends inside its header block (truncated)');
      }
      let item: WarcItem;
      try {
        item = await toItem(record, path, index, maxBytes);
      } catch (err) {
        item = {
          kind: 'failed',
          source: `warc:${path}#${index}`,
          message: `warc: record ${index}: ${(err as Error).message}`,
        };
      }
      pending = { item, index, offset, uri };
      index++;
    }
    const damage = damageAt();
    if (pending) {
      if (reader.missing > 0)
        return yield damaged(path, pending, `the file ends ${reader.missing} bytes short of it (truncated)`);
      if (damage && pending.offset >= damage.offset) {
        end.index = index;
        return yield* report(pending, damage);
      }
      yield pending.item;
    }
    end.index = index + (damage ? 1 : 0);
    if (damage) yield* report({ index, offset: damage.offset, uri: null }, damage);
  } catch (err) {
    if (pending) yield damaged(path, pending, `unreadable: ${(err as Error).message}`);
    else yield { kind: 'failed', source: `warc:${path}#${index}`, message: `warc: ${(err as Error).message}` };
  } finally {
    stream?.destroy();
  }
}
