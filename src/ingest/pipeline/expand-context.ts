/** What expanding sources needs from the outside world, and what it yields. */
import type { FeedSubscription, Store } from '../../store/port.js';
import type { PoliteFetch } from '../polite/polite-fetcher.js';
import type { IngestFailure, PageJob } from './ingest-types.js';

export interface ExpandContext {
  fetch: PoliteFetch | null;
  store: Store;
  /** Subscribed feeds by URL, for conditional GET state. */
  feeds: Map<string, FeedSubscription>;
  now: () => Date;
  maxBytes: number;
  /** How deep sitemap indexes and OPML lists may point at further documents. */
  maxSitemapDepth: number;
  /** Documents (feeds, sitemaps, OPML lists) already expanded in this run: a list naming itself is read once. */
  seen: Set<string>;
  /** Pages still to be taken from sitemaps in this run (shared, decremented as they are taken). */
  sitemapBudget: { left: number };
  signal?: AbortSignal;
}

export type Expanded =
  | { kind: 'job'; job: PageJob }
  | { kind: 'failure'; failure: IngestFailure }
  | { kind: 'skipped'; source: string; reason: string };

export const failure = (source: string, reason: string, message: string, status?: number): Expanded => ({
  kind: 'failure',
  failure: { source, reason, message, ...(status !== undefined ? { status } : {}) },
});
