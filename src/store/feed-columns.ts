import type { FeedSubscription } from './port.js';

/** Patchable feed fields and their columns: the only names ever interpolated into feed SQL. */
export const FEED_COLUMNS: ReadonlyArray<readonly [keyof Omit<FeedSubscription, 'url'>, string]> = [
  ['title', 'title'],
  ['etag', 'etag'],
  ['lastModified', 'last_modified'],
  ['lastFetchedAt', 'last_fetched_at'],
  ['lastError', 'last_error'],
];
