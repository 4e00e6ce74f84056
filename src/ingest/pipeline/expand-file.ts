/** A local file → page jobs: WARC records streamed, feeds/sitemaps/OPML expanded, anything else a page. */
import { constants, gunzipSync, type ZlibOptions } from 'node:zlib';
import { isInputFile } from '../detect/input-file.js';
import { detectKind, isGzip, kindFromName, sniffKind } from '../detect/input-kind.js';
import { readWarc, type WarcItem } from '../warc/read-warc.js';
import { failure, type ExpandContext, type Expanded } from './expand-context.js';
import { expandFeed, expandOpml, expandSitemap, type DocumentOrigin } from './expand-document.js';
import { expandUrl } from './expand-url.js';
import { readLocalInput } from './read-file-capped.js';

/**
 * Compressed bytes inflated to sniff a gzipped file's kind: sniffKind reads the first 4 KiB of content, which
 * 8 KiB of deflate always holds. Inflating the whole page here cost a second full gunzip per page (extract
 * inflates it again), on the thread that also writes the store.
 */
const SNIFF_INPUT = 8192;
/**
 * Tried first: 2 KiB of deflate held at least 4 KiB of content in 77 of the 86 Scrapinghub development pages
 * (6 KiB on average), and inflating it costs a quarter of SNIFF_INPUT's 0.07 ms. Either gives the same first
 * 4 KiB: inflating a prefix of a deflate stream yields a prefix of its content.
 */
const SNIFF_FIRST = 2048;
/** What sniffKind reads. */
const SNIFF_CONTENT = 4096;

/**
 * The inflated size a gzip file's trailer states (RFC 1952 ISIZE, modulo 2^32): the ingest cap applied to a page
 * without inflating it. A file that lies about it is still bounded by extract's own cap on inflating.
 */
function statedSize(bytes: Uint8Array): number {
  if (bytes.byteLength < 18) return 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).readUInt32LE(bytes.byteLength - 4);
}

function warcExpanded(item: WarcItem): Expanded {
  if (item.kind === 'document') return { kind: 'job', job: { source: item.raw.source, raw: item.raw } };
  if (item.kind === 'skipped') return { kind: 'skipped', source: item.source, reason: item.reason };
  return failure(item.source, 'bad-warc', item.message);
}

/**
 * `fromDirectory`: a file met while walking a directory is taken only when its name or its first bytes say
 * it is something we read (a README or a picture beside the pages is not a failure, just not ours).
 */
export async function* expandFile(path: string, ctx: ExpandContext, fromDirectory = false): AsyncGenerator<Expanded> {
  try {
    // WARC files are streamed, never read whole; a gzipped one is recognised by name (sniffing needs inflating).
    let stream = false;
    const read = await readLocalInput(path, ctx.maxBytes, (head) => {
      if (fromDirectory && !isInputFile(path, head)) return false;
      stream = kindFromName(path) === 'warc' || sniffKind(head) === 'warc';
      return !stream;
    });
    if (stream) {
      for await (const item of readWarc(path, { maxBytes: ctx.maxBytes })) {
        if (ctx.signal?.aborted) return;
        yield warcExpanded(item);
      }
      return;
    }
    const bytes = read.bytes;
    if (bytes === null) return yield { kind: 'skipped', source: path, reason: 'not-an-input' };
    if (bytes === 'too-large')
      return yield failure(path, 'too-large', `ingest: ${path} is over the ${ctx.maxBytes}-byte limit`);
    const gzipped = isGzip(bytes);
    const inflate = (input: Uint8Array, options: ZlibOptions): Uint8Array | Expanded => {
      try {
        return gunzipSync(input, options);
      } catch (err) {
        return failure(path, 'undecodable', `ingest: ${path}: gzip: ${(err as Error).message}`);
      }
    };
    const head = (size: number) => inflate(bytes.subarray(0, size), { finishFlush: constants.Z_SYNC_FLUSH });
    const first = gzipped ? head(SNIFF_FIRST) : bytes;
    const short = !(first instanceof Uint8Array) || first.byteLength < SNIFF_CONTENT;
    const start = gzipped && short && bytes.byteLength > SNIFF_FIRST ? head(SNIFF_INPUT) : first;
    if (!(start instanceof Uint8Array)) return yield start;
    const kind = detectKind(start, { name: path.replace(/\.gz$/i, '') });
    // A page is inflated once, by extract; a gzipped WARC under another name reaches extract too, which refuses
    // it as binary, with a reason.
    if (kind === 'page' || kind === 'warc') {
      if (gzipped && statedSize(bytes) > ctx.maxBytes)
        return yield failure(path, 'too-large', `ingest: ${path} inflates past the ${ctx.maxBytes}-byte limit`);
      return yield {
        kind: 'job',
        job: { source: path, raw: { source: path, fetchedAt: ctx.now().toISOString(), bytes } },
      };
    }
    // Feeds, sitemaps and OPML are read here, whole.
    const inner = gzipped ? inflate(bytes, { maxOutputLength: ctx.maxBytes }) : bytes;
    if (!(inner instanceof Uint8Array)) return yield inner;
    const body = Buffer.from(inner).toString('utf8');
    const origin: DocumentOrigin = { source: path, url: null, depth: 0 };
    const follow = (u: string, d: number) => expandUrl(u, d, ctx);
    if (kind === 'feed') return yield* expandFeed(body, origin, ctx);
    if (kind === 'sitemap') return yield* expandSitemap(body, origin, ctx, follow);
    return yield* expandOpml(body, origin, ctx, follow);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    yield failure(path, 'unreadable', `ingest: cannot read ${path}: ${e.code ?? e.message}`);
  }
}
