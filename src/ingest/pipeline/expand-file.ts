/** A local file → page jobs: WARC records streamed, feeds/sitemaps/OPML expanded, anything else a page. */
import { open } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { detectKind, isGzip, kindFromName, sniffKind } from '../detect/input-kind.js';
import { readWarc, type WarcItem } from '../warc/read-warc.js';
import { failure, type ExpandContext, type Expanded } from './expand-context.js';
import { expandFeed, expandOpml, expandSitemap, type DocumentOrigin } from './expand-document.js';
import { expandUrl } from './expand-url.js';
import { readFileCapped } from './read-file-capped.js';

async function head(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(8192);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
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
    const first = await head(path);
    if (fromDirectory && !kindFromName(path) && !isGzip(first) && !sniffKind(first))
      return yield { kind: 'skipped', source: path, reason: 'not-an-input' };
    if (kindFromName(path) === 'warc' || sniffKind(first) === 'warc') {
      for await (const item of readWarc(path, { maxBytes: ctx.maxBytes })) {
        if (ctx.signal?.aborted) return;
        yield warcExpanded(item);
      }
      return;
    }
    const bytes = await readFileCapped(path, ctx.maxBytes);
    if (bytes === 'too-large')
      return yield failure(path, 'too-large', `ingest: ${path} is over the ${ctx.maxBytes}-byte limit`);
    let inner = bytes;
    if (isGzip(bytes)) {
      try {
        inner = gunzipSync(bytes, { maxOutputLength: ctx.maxBytes });
      } catch (err) {
        return yield failure(path, 'undecodable', `ingest: ${path}: gzip: ${(err as Error).message}`);
      }
    }
    const kind = detectKind(inner, { name: path.replace(/\.gz$/i, '') });
    const origin: DocumentOrigin = { source: path, url: null, depth: 0 };
    const body = (): string => Buffer.from(inner).toString('utf8');
    const follow = (u: string, d: number) => expandUrl(u, d, ctx);
    switch (kind) {
      case 'page':
      case 'warc': // a gzipped WARC under another name: extract will refuse it as binary, with a reason
        return yield {
          kind: 'job',
          job: { source: path, raw: { source: path, fetchedAt: ctx.now().toISOString(), bytes } },
        };
      case 'feed':
        return yield* expandFeed(body(), origin, ctx);
      case 'sitemap':
        return yield* expandSitemap(body(), origin, ctx, follow);
      case 'opml':
        return yield* expandOpml(body(), origin, ctx, follow);
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    yield failure(path, 'unreadable', `ingest: cannot read ${path}: ${e.code ?? e.message}`);
  }
}
