/**
 * Tells `extract`/`analyze` that an input is a feed, sitemap, OPML list or WARC archive rather than a page.
 * Without it a feed came back `ok: true` as one "article" titled after the channel, and a `.warc.gz` as the
 * first record's page with the others silently dropped. Those formats are `dateline ingest`'s job.
 */
import { constants, gunzipSync } from 'node:zlib';
import { isGzip, sniffKind, type InputKind } from '../../ingest/detect/input-kind.js';

/** Compressed bytes inflated to sniff: sniffKind reads 4 KiB of content, which 8 KiB of deflate always holds. */
const SNIFF_INPUT = 8192;

const WHAT: Record<Exclude<InputKind, 'page'>, string> = {
  feed: 'a feed (RSS, Atom or JSON Feed)',
  sitemap: 'a sitemap',
  opml: 'an OPML subscription list',
  warc: 'a WARC archive',
};

/**
 * A message when the bytes are one of the formats `dateline ingest` expands; null for a page (or anything else).
 * `stage` opens it and `advice` closes it (the API's ingest, which stores one page, says it its own way).
 */
export function notAPageMessage(
  source: string,
  bytes: Uint8Array,
  { stage = 'read', advice = "'dateline ingest' reads it into the desk, page by page" } = {},
): string | null {
  let head = bytes.subarray(0, SNIFF_INPUT);
  if (isGzip(bytes)) {
    try {
      head = gunzipSync(head, { finishFlush: constants.Z_SYNC_FLUSH });
    } catch {
      return null; // extract reports corrupt gzip itself
    }
  }
  const kind = sniffKind(head);
  if (kind === null || kind === 'page') return null;
  return `${stage}: ${source} is ${WHAT[kind]}, not a page; ${advice}`;
}
