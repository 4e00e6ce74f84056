/** One shape for every outgoing feed, adapted from store summaries; each format renders it in its own file. */
import type { ArticleSummary, StoredArticle } from '../../store/port.js';
import { absolute, paths } from '../urls.js';
import { feedAnalysis, leadText, type FeedAnalysis } from './feed-analysis.js';

export interface FeedItem {
  id: string;
  /** Absolute URL of the article on the desk. */
  url: string;
  /** The publisher's original, when known. */
  externalUrl: string | null;
  title: string;
  summary: string | null;
  authors: string[];
  outlet: string;
  /** Absolute URL of the outlet's RSS feed on the desk: RSS's `<source url>` is the feed the item came from. */
  outletFeedUrl: string;
  /** ISO 8601 publication time as the publisher gave it; null when the page gave none (never made up). */
  published: string | null;
  /** ISO 8601 time the desk stored the article: the entry's update time when there is no publication time. */
  seen: string;
  image: string | null;
  language: string | null;
  /** The desk's analysis (entities, places, attributions); null when the article has none stored. */
  analysis: FeedAnalysis | null;
}

export interface FeedDoc {
  title: string;
  description: string;
  /** Absolute URL of the HTML page the feed mirrors. */
  homeUrl: string;
  /** Absolute URL of the feed itself (the format's own address). */
  feedUrl: string;
  updated: string;
  items: FeedItem[];
}

/** A date-only publication date becomes midnight UTC so every format gets a full timestamp. */
function fullDate(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso;
}

/**
 * Adapts store summaries to feed items. `stored` holds the articles with their analyses, by id: an item found
 * there carries the analysis, and its first paragraph as the summary when the page gave no description.
 */
export function feedItems(
  baseUrl: string,
  items: readonly ArticleSummary[],
  stored: ReadonlyMap<string, StoredArticle> = new Map(),
): FeedItem[] {
  return items.map((a) => {
    const full = stored.get(a.id);
    return {
      id: absolute(baseUrl, paths.article(a.id)),
      url: absolute(baseUrl, paths.article(a.id)),
      externalUrl: a.url && /^https?:/i.test(a.url) ? a.url : null,
      title: a.title ?? 'Untitled article',
      summary: a.description ?? (full ? leadText(full.article) : null),
      authors: a.authors,
      outlet: a.outlet,
      outletFeedUrl: absolute(baseUrl, `${paths.outlet(a.outlet)}/feed/rss`),
      published: a.publishedAt ? fullDate(a.publishedAt) : null,
      seen: a.ingestedAt,
      image: a.leadImageUrl && /^https?:/i.test(a.leadImageUrl) ? a.leadImageUrl : null,
      language: a.language,
      analysis: full ? feedAnalysis(baseUrl, full) : null,
    };
  });
}

/** Parses an ISO date to a Date, falling back to the epoch for garbage (feeds must carry a date). */
export function toDate(iso: string): Date {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? new Date(t) : new Date(0);
}
