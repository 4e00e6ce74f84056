/**
 * A URL → page jobs: fetched politely, then decided by content and content type. A page becomes a job with
 * its bytes at hand; feeds, sitemaps and OPML lists expand further. Subscribed feeds use conditional GET and
 * have their ETag / Last-Modified saved, and the feed's title when they have none.
 */
import type { FeedSubscription } from '../../store/port.js';
import type { RawDocument } from '../../vocabulary.js';
import type { Feed } from '../feeds/feed-entry.js';
import { detectKind } from '../detect/input-kind.js';
import { notAPageTypeMessage } from '../detect/page-type.js';
import { failure, type ExpandContext, type Expanded } from './expand-context.js';
import { expandFeed, expandOpml, expandSitemap, type DocumentOrigin } from './expand-document.js';

/**
 * The feed's own title on a subscription that has none, so `feeds list` names the feed once it is fetched. A
 * title given with `feeds add --title` is the user's and is kept.
 */
async function saveTitle(ctx: ExpandContext, sub: FeedSubscription, feed: Feed): Promise<void> {
  const title = feed.title?.replace(/\s+/g, ' ').trim();
  if (sub.title !== null || !title) return;
  await ctx.store.updateFeed(sub.url, { title });
  ctx.feeds.set(sub.url, { ...sub, title });
}

export async function* expandUrl(url: string, depth: number, ctx: ExpandContext): AsyncGenerator<Expanded> {
  if (!ctx.fetch) return yield failure(url, 'no-fetcher', `ingest: ${url}: fetching is not available here`);
  if (ctx.signal?.aborted) return;
  if (ctx.seen.has(url)) return yield { kind: 'skipped', source: url, reason: 'already-expanded' };
  ctx.seen.add(url);
  const sub = ctx.feeds.get(url);
  const out = await ctx.fetch(url, {
    etag: sub?.etag ?? null,
    lastModified: sub?.lastModified ?? null,
    headers: {
      accept:
        'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5',
    },
  });
  const fetchedAt = ctx.now().toISOString();
  if (!out.ok) {
    if (sub) await ctx.store.updateFeed(url, { lastFetchedAt: fetchedAt, lastError: out.message });
    return yield failure(url, out.reason, out.message, 'status' in out ? out.status : undefined);
  }
  if (out.notModified) {
    if (sub) await ctx.store.updateFeed(url, { lastFetchedAt: fetchedAt, lastError: null });
    return yield { kind: 'skipped', source: url, reason: 'not-modified' };
  }
  const kind = detectKind(out.bytes, { contentType: out.headers['content-type'] ?? null });
  // A subscription that answers something other than a feed must say so in `dateline feeds list`; otherwise the
  // error of an earlier fetch stayed there and the page (or binary) behind the URL was ingested as an article.
  if (sub && kind !== 'feed') {
    const message = `feed: ${url} did not answer a feed (it looks like a ${kind === 'page' ? 'page' : kind})`;
    await ctx.store.updateFeed(url, { lastFetchedAt: fetchedAt, lastError: message });
    return yield failure(url, 'not-a-feed', message);
  }
  const origin: DocumentOrigin = { source: url, url: out.url, depth };
  const follow = (u: string, d: number) => expandUrl(u, d, ctx);
  const body = (): string => Buffer.from(out.bytes).toString('utf8');
  switch (kind) {
    case 'page': {
      // A style sheet, script, picture or PDF the URL answers is no article (it was stored as one of CSS rules).
      const notPage = notAPageTypeMessage(url, out.headers['content-type']);
      if (notPage) return yield failure(url, 'not-html', notPage);
      const raw: RawDocument = { source: url, url: out.url, fetchedAt, headers: out.headers, bytes: out.bytes };
      return yield { kind: 'job', job: { source: url, raw } };
    }
    case 'feed':
      if (sub)
        await ctx.store.updateFeed(url, {
          etag: out.headers.etag ?? null,
          lastModified: out.headers['last-modified'] ?? null,
          lastFetchedAt: fetchedAt,
          lastError: null,
        });
      for await (const item of expandFeed(body(), origin, ctx, sub ? (feed) => saveTitle(ctx, sub, feed) : undefined)) {
        // The feed itself failed to parse: the subscription keeps that error.
        if (sub && item.kind === 'failure' && item.failure.source === url)
          await ctx.store.updateFeed(url, { lastError: item.failure.message });
        yield item;
      }
      return;
    case 'sitemap':
      return yield* expandSitemap(body(), origin, ctx, follow);
    case 'opml':
      return yield* expandOpml(body(), origin, ctx, follow);
    case 'warc':
      return yield failure(
        url,
        'unsupported',
        `ingest: ${url}: remote WARC files are not streamed; download it and ingest the file`,
      );
  }
}
