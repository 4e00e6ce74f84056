import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type { RawPage } from './port.js';

/** How raw pages are compressed at rest. The codec name is stored beside the bytes so it can change later. */
export const RAW_CODEC = 'br';

/**
 * Quality 1. Measured on the 86 Scrapinghub development pages inflated (178 KiB of HTML on average), CPU per
 * page beside its ratio (re-measured 2026-11-30): quality 4 1.98 ms 5.74x, 3 1.50 ms 5.44x, 2 1.09 ms 5.28x,
 * 1 0.59 ms 4.92x (gzip level 1: 1.04 ms 4.55x, level 6: 2.22 ms 5.31x; raw deflate level 1: 1.00 ms 4.56x).
 * Compression runs on the thread that writes the store, once per ingested page, and raw pages are only read
 * back by `reprocess`: quality 1 stores 36 KiB a page where quality 3 stored 33 KiB, for 40% of its CPU time.
 */
const BROTLI_QUALITY = 1;

/** Compresses a raw page body for storage. */
export function compressRaw(bytes: Uint8Array): Buffer {
  return brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength },
  });
}

/**
 * A gzip member (RFC 1952 magic and deflate method): a `.html.gz` page is kept as it was read. Brotli gains
 * nothing on deflate output (ratio 1.000 over the development pages) and cost 1.7 ms a page.
 */
function isGzipped(bytes: Uint8Array): boolean {
  return bytes.byteLength >= 18 && bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 0x08;
}

/** A raw page body as stored: its codec and the stored bytes. */
export function encodeRaw(bytes: Uint8Array): { codec: string; stored: Buffer } {
  if (isGzipped(bytes)) return { codec: 'none', stored: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  return { codec: RAW_CODEC, stored: compressRaw(bytes) };
}

/** Restores a raw page body stored with `codec`. */
export function decompressRaw(codec: string, stored: Uint8Array): Uint8Array {
  if (codec === 'br') return new Uint8Array(brotliDecompressSync(stored));
  if (codec === 'none') return new Uint8Array(stored);
  throw new Error(`store: unknown raw page codec "${codec}"`);
}

/** The raw_pages columns after article_seq, in the order `rawPageParams` gives their values. */
export const RAW_PAGE_COLUMNS = 'source, url, content_type, headers_json, fetched_at, codec, size, bytes';

/** SQL parameters, in RAW_PAGE_COLUMNS order: source, url, content type, headers JSON, fetched at, codec, size, bytes. */
export type RawPageParams = [string, string | null, string | null, string | null, string, string, number, Buffer];

/** A page's values for RAW_PAGE_COLUMNS, compressed as stored; both dialects bind them after the article seq. */
export function rawPageParams(raw: RawPage): RawPageParams {
  const { codec, stored } = encodeRaw(raw.bytes);
  return [
    raw.source,
    raw.url,
    raw.contentType,
    raw.headers ? JSON.stringify(raw.headers) : null,
    raw.fetchedAt,
    codec,
    raw.bytes.byteLength,
    stored,
  ];
}

/** The columns of a stored raw page, as both dialects select them. */
export interface RawPageRow {
  source: string;
  url: string | null;
  content_type: string | null;
  headers_json: string | null;
  fetched_at: string;
  codec: string;
  bytes: Uint8Array;
}

/** A stored row back to the page as it was fetched. */
export function rawPageOfRow(row: RawPageRow): RawPage {
  const raw: RawPage = {
    source: row.source,
    url: row.url,
    contentType: row.content_type,
    fetchedAt: row.fetched_at,
    bytes: decompressRaw(row.codec, row.bytes),
  };
  if (row.headers_json) raw.headers = JSON.parse(row.headers_json) as Record<string, string>;
  return raw;
}
