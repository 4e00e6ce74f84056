/** One shape for every outgoing feed, adapted from store summaries; each format renders it in its own file. */
import type { ArticleSummary } from '../../store/port.js';
import { absolute, paths } from '../urls.js';

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
  /** ISO 8601 (publication, else ingest time). */
  published: string;
  image: string | null;
  language: string | null;
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

/** Adapts store summaries to feed items. */
export function feedItems(baseUrl: string, items: readonly ArticleSummary[]): FeedItem[] {
  return items.map((a) => ({
    id: absolute(baseUrl, paths.article(a.id)),
    url: absolute(baseUrl, paths.article(a.id)),
    externalUrl: a.url && /^https?:/i.test(a.url) ? a.url : null,
    title: a.title ?? 'Untitled article',
    summary: a.description,
    authors: a.authors,
    outlet: a.outlet,
    published: fullDate(a.publishedAt ?? a.ingestedAt),
    image: a.leadImageUrl && /^https?:/i.test(a.leadImageUrl) ? a.leadImageUrl : null,
    language: a.language,
  }));
}

/** Parses an ISO date to a Date, falling back to the epoch for garbage (feeds must carry a date). */
export function toDate(iso: string): Date {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? new Date(t) : new Date(0);
}
