/**
 * refreshFeeds: fetches every subscribed feed (conditional GET with the stored ETag / Last-Modified) and
 * ingests its new entries. `serve` calls this on a schedule; `dateline feeds refresh` calls it once.
 */
import type { Store } from '../store/port.js';
import { ingestSources } from './ingest-sources.js';
import type { IngestDeps, IngestOptions, IngestSummary } from './pipeline/ingest-types.js';

/** Refreshes all subscriptions into `store`. Feed errors are recorded on the subscription and in the summary. */
export async function refreshFeeds(
  store: Store,
  deps: Omit<IngestDeps, 'store'> = {},
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const feeds = await store.listFeeds();
  return ingestSources(
    feeds.map((f) => f.url),
    { ...deps, store },
    options,
  );
}
