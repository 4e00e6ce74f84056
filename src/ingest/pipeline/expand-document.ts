/**
 * A feed, sitemap or OPML document (from a file or a URL) → page jobs. Feeds from the network point at pages
 * to fetch, with the entry's content as fallback; feeds from local files are offline input, so their entries'
 * own content is the page. Sitemap indexes and OPML lists point at more documents, fetched by `expandUrl`.
 */
import type { Feed } from '../feeds/feed-entry.js';
import { parseFeed } from '../feeds/parse-feed.js';
import { parseOpml } from '../opml/parse-opml.js';
import { parseSitemap } from '../sitemap/parse-sitemap.js';
import { entryDocument } from './entry-document.js';
import { failure, type ExpandContext, type Expanded } from './expand-context.js';

export interface DocumentOrigin {
  source: string;
  /** The document's URL when fetched; null for local files. */
  url: string | null;
  depth: number;
}

/** Follows another document by URL (sitemap index children, OPML feeds). */
export type FollowUrl = (url: string, depth: number) => AsyncGenerator<Expanded>;

/** `parsed`: called with the feed once it parses, before its entries (a subscription saves the feed's title). */
export async function* expandFeed(
  body: string,
  origin: DocumentOrigin,
  ctx: ExpandContext,
  parsed?: (feed: Feed) => Promise<void>,
): AsyncGenerator<Expanded> {
  const out = parseFeed(body, origin.url);
  if (!out.ok) return yield failure(origin.source, out.reason, out.message);
  await parsed?.(out.feed);
  if (!out.feed.entries.length) return yield { kind: 'skipped', source: origin.source, reason: 'empty-feed' };
  const fetchedAt = ctx.now().toISOString();
  for (const [i, entry] of out.feed.entries.entries()) {
    const source = origin.url && entry.url ? entry.url : `${origin.source}#${i + 1}`;
    if (origin.url && entry.url) {
      yield { kind: 'job', job: { source, url: entry.url, entry, published: entry.published } };
      continue;
    }
    const raw = entryDocument(entry, source, fetchedAt);
    if (raw) yield { kind: 'job', job: { source, raw, entry: null, published: entry.published } };
    // A local feed file is offline input: its links are not fetched, which the message must say, or an entry
    // with a perfectly good link reads as broken.
    else if (entry.url)
      yield failure(
        source,
        'no-content',
        `ingest: ${source}: feed entry has no content of its own, and links in a local feed file are not fetched ` +
          `(${entry.url}); ingest the feed by its URL, or the page itself, to fetch it`,
      );
    else yield failure(source, 'no-content', `ingest: ${source}: feed entry has neither a link nor content`);
  }
}

export async function* expandSitemap(
  body: string,
  origin: DocumentOrigin,
  ctx: ExpandContext,
  follow: FollowUrl,
): AsyncGenerator<Expanded> {
  const out = parseSitemap(body, origin.url);
  if (!out.ok) return yield failure(origin.source, out.reason, out.message);
  if (out.kind === 'index') {
    if (origin.depth >= ctx.maxSitemapDepth)
      return yield failure(
        origin.source,
        'sitemap-too-deep',
        `sitemap: ${origin.source}: nested past depth ${ctx.maxSitemapDepth}`,
      );
    for (const child of out.sitemaps) {
      if (ctx.sitemapBudget.left <= 0 || ctx.signal?.aborted) return;
      yield* follow(child, origin.depth + 1);
    }
    return;
  }
  for (const e of out.entries) {
    if (ctx.sitemapBudget.left <= 0) return yield { kind: 'skipped', source: origin.source, reason: 'sitemap-cap' };
    ctx.sitemapBudget.left--;
    yield { kind: 'job', job: { source: e.url, url: e.url, published: e.published } };
  }
}

export async function* expandOpml(
  body: string,
  origin: DocumentOrigin,
  ctx: ExpandContext,
  follow: FollowUrl,
): AsyncGenerator<Expanded> {
  const out = parseOpml(body);
  if (!out.ok) return yield failure(origin.source, out.reason, out.message);
  if (origin.depth >= ctx.maxSitemapDepth)
    return yield failure(
      origin.source,
      'opml-too-deep',
      `opml: ${origin.source}: nested past depth ${ctx.maxSitemapDepth}`,
    );
  // An outline that names no http(s) feed is reported by what it names, never followed and never lost silently.
  for (const raw of out.refused)
    yield failure(raw, 'bad-url', `opml: ${origin.source}: the outline's xmlUrl "${raw}" is not an http(s) URL`);
  // An outline-less list would otherwise pass without a word in the summary.
  if (!out.feeds.length && !out.refused.length)
    return yield { kind: 'skipped', source: origin.source, reason: 'empty-opml' };
  for (const f of out.feeds) yield* follow(f.url, origin.depth + 1);
}
