/** JsonFeedDoc → Feed. */
import { escapeHtml } from '../../xml/xml-values.js';
import type { AdaptedFeed, FeedEntry } from '../feed-entry.js';
import { parseFeedDate } from '../feed-dates.js';
import { resolveUrl } from '../resolve-url.js';
import type { JsonFeedDoc, JsonFeedItem } from './json-feed-decode.js';

function textToHtml(t: string): string {
  return t
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
}

function adaptItem(i: JsonFeedItem, base: string | null): FeedEntry {
  return {
    url: resolveUrl(i.url, base) ?? resolveUrl(i.externalUrl, base) ?? resolveUrl(i.id, base),
    title: i.title,
    published: parseFeedDate(i.datePublished ?? i.dateModified),
    contentHtml: i.contentHtml ?? (i.contentText ? textToHtml(i.contentText) : null),
    summary: i.summary,
    author: i.authors.length ? i.authors.join(', ') : null,
  };
}

/** Adapts a decoded JSON Feed; `feedUrl` resolves relative links. */
export function adaptJsonFeed(doc: JsonFeedDoc, feedUrl: string | null): AdaptedFeed {
  const base = resolveUrl(doc.feedUrl, feedUrl) ?? feedUrl;
  return {
    format: 'json-feed',
    title: doc.title,
    siteUrl: resolveUrl(doc.homePageUrl, base),
    entries: doc.items.map((i) => adaptItem(i, base)),
  };
}
