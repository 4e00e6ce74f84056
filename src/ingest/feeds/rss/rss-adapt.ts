/** RssChannel → Feed (Miniflux `rss/adapter.go`). */
import type { AdaptedFeed, FeedEntry } from '../feed-entry.js';
import { parseFeedDate } from '../feed-dates.js';
import { resolveUrl } from '../resolve-url.js';
import type { RssChannel, RssItem } from './rss-decode.js';

function entryUrl(item: RssItem, base: string | null): string | null {
  return (
    resolveUrl(item.link, base) ??
    resolveUrl(item.about, base) ??
    (item.guidIsPermaLink ? resolveUrl(item.guid, base) : null)
  );
}

function adaptItem(item: RssItem, base: string | null): FeedEntry {
  // With content:encoded, description is the summary; without it, description is all the content there is.
  const contentHtml = item.contentEncoded ?? item.description;
  return {
    url: entryUrl(item, base),
    title: item.title,
    published: parseFeedDate(item.pubDate ?? item.dcDate),
    contentHtml,
    summary: item.contentEncoded ? item.description : null,
    author: item.dcCreator ?? item.author,
  };
}

/** Adapts a decoded RSS/RDF channel; `feedUrl` resolves relative links. */
export function adaptRss(channel: RssChannel, feedUrl: string | null): AdaptedFeed {
  const base = resolveUrl(channel.link, feedUrl) ?? feedUrl;
  return {
    format: channel.version,
    title: channel.title,
    siteUrl: resolveUrl(channel.link, feedUrl),
    entries: channel.items.map((i) => adaptItem(i, base)),
  };
}
