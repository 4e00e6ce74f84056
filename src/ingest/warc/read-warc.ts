/**
 * WARC 1.0/1.1 files (plain or `.warc.gz`, one gzip member per record) → RawDocuments, streamed record by
 * record so a 1 GB archive never sits in memory. Built on webrecorder's warcio.js, which decodes the stored
 * HTTP response (status line, headers, chunked transfer-encoding, gzip/deflate content-encoding) for us.
 * Only `response` records with an HTML (or XHTML) body and a 2xx status become documents; the rest are
 * reported as skipped, so a summary can say what was in the archive.
 */
import { createReadStream } from 'node:fs';
import { AsyncIterReader, WARCParser, type WARCRecord } from 'warcio';
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

/**
 * warcio skips the unread rest of a record with `while (limit > 0) limit -= await skipSize(limit)`, and
 * `skipSize` returns 0 at the end of the file: a record cut short (an interrupted crawl, a Content-Length larger
 * than what follows) would spin forever. This reader reports the bytes as skipped at the end of the file, so
 * the loop ends and the parser finds no next record, and remembers the shortfall so the cut can be reported.
 */
class TruncationSafeReader extends AsyncIterReader {
  /** Bytes a skip asked for past the end of the file; 0 while the file is whole. */
  missing = 0;

  override async skipSize(size: number): Promise<number> {
    const skipped = await super.skipSize(size);
    if (skipped >= size || size <= 0) return skipped;
    // A gzip member's closing CRLF is skipped blindly after every record, past the end of the last one too.
    if (!(this.compressed && size - skipped <= 2)) this.missing += size - skipped;
    return size;
  }
}

/** Streams the HTML responses of a WARC file; a broken record or a truncated file ends in one `failed` item. */
export async function* readWarc(path: string, options: WarcOptions = {}): AsyncGenerator<WarcItem> {
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  let index = 0;
  try {
    const reader = new TruncationSafeReader(stream);
    for await (const record of WARCParser.iterRecords(reader)) {
      // warcio parses any header block; a record that does not open with a WARC version line means this is
      // not a WARC file (or we lost sync in a corrupt one), and nothing after it can be trusted.
      if (!record.warcHeaders.statusline.startsWith('WARC/')) {
        yield {
          kind: 'failed',
          source: `warc:${path}#${index}`,
          message: `warc: record ${index}: no WARC version line`,
        };
        return;
      }
      try {
        yield await toItem(record, path, index, maxBytes);
      } catch (err) {
        yield {
          kind: 'failed',
          source: `warc:${path}#${index}`,
          message: `warc: record ${index}: ${(err as Error).message}`,
        };
      }
      index++;
    }
    if (reader.missing > 0)
      yield {
        kind: 'failed',
        source: `warc:${path}#${index - 1}`,
        message: `warc: record ${index - 1}: the file ends ${reader.missing} bytes short of it (truncated)`,
      };
  } catch (err) {
    yield { kind: 'failed', source: `warc:${path}#${index}`, message: `warc: ${(err as Error).message}` };
  } finally {
    stream.destroy();
  }
}
