import type { FeedSubscription } from './port.js';

/** Patchable feed fields and their columns: the only names ever interpolated into feed SQL. */
export const FEED_COLUMNS: ReadonlyArray<readonly [keyof Omit<FeedSubscription, 'url'>, string]> = [
  ['title', 'title'],
  ['etag', 'etag'],
  ['lastModified', 'last_modified'],
  ['lastFetchedAt', 'last_fetched_at'],
  ['lastError', 'last_error'],
];

/** The one query both dialects list subscriptions with (no placeholders, so it is the same text in both). */
export const LIST_FEEDS_SQL =
  'SELECT url, title, etag, last_modified, last_fetched_at, last_error FROM feeds ORDER BY added_at, url';

/** A feeds row as LIST_FEEDS_SQL selects it. */
export interface FeedRow {
  url: string;
  title: string | null;
  etag: string | null;
  last_modified: string | null;
  last_fetched_at: string | null;
  last_error: string | null;
}

export function feedOfRow(row: FeedRow): FeedSubscription {
  return {
    url: row.url,
    title: row.title,
    etag: row.etag,
    lastModified: row.last_modified,
    lastFetchedAt: row.last_fetched_at,
    lastError: row.last_error,
  };
}
