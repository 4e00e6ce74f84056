import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type { RawPage } from './port.js';

/** How raw pages are compressed at rest. The codec name is stored beside the bytes so it can change later. */
export const RAW_CODEC = 'br';

// Quality 5: measured on news HTML it keeps ~90% of quality 11's ratio at a small fraction of its CPU time.
const BROTLI_QUALITY = 5;

/** Compresses a raw page body for storage. */
export function compressRaw(bytes: Uint8Array): Buffer {
  return brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength },
  });
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
  return [
    raw.source,
    raw.url,
    raw.contentType,
    raw.headers ? JSON.stringify(raw.headers) : null,
    raw.fetchedAt,
    RAW_CODEC,
    raw.bytes.byteLength,
    compressRaw(raw.bytes),
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
