/**
 * Adapts the ingest stage to what the server needs: one page stored by `POST /api/v1/ingest`, the feed refresh
 * run on a schedule, and the demo desk builder. Loaded only by `serve` and `demo`.
 */
import type { Config } from '../../config/config.js';
import type { DocumentProcessor } from '../../ingest/pipeline/ingest-types.js';
import type { IngestOne, Logger } from '../../publish/deps.js';
import type { Store } from '../../store/port.js';
import { notAPageMessage } from '../inputs/not-a-page.js';

/** Failures of one feed refresh named in the log line; the count says how many there were in all. */
const REFRESH_FAILURES_LOGGED = 20;

export interface ServeIngestHooks {
  refresh: ((store: Store) => Promise<unknown>) | null;
  ingestOne: IngestOne | undefined;
  /** Saves the big stories the desk put off saving; before the store closes. */
  settle: () => Promise<void>;
  /**
   * Resolves once the story desk has opened (rebuilt the stories and filed the articles whose story changed), or
   * failed to: pages rendered ahead of readers before then could be dropped again by those filings.
   */
  storiesOpen: Promise<void>;
}

/** The hooks for this store; `fetch` carries the config's fetch settings (DATELINE_ALLOW_PRIVATE, …). */
export async function ingestHooks(store: Store, logger: Logger, fetch?: Config['fetch']): Promise<ServeIngestHooks> {
  const [{ ingestPage }, { refreshFeeds }, { storyHook }, { ingestFetchOptions }, { inProcessProcessor }] =
    await Promise.all([
      import('../../ingest/ingest-page.js'),
      import('../../ingest/refresh-feeds.js'),
      import('../../stories/story-hook.js'),
      import('../fetch-settings.js'),
      import('../../ingest/pipeline/in-process.js'),
    ]);
  const processor = pagesOnly(inProcessProcessor(() => new Date(), fetch?.maxBytes));
  const fetchOptions = fetch ? ingestFetchOptions(fetch, {}) : {};
  // Pages stored through the API or a feed refresh join their stories like ingested ones.
  const afterStore = await storyHook(store, (err) =>
    logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'serve: the story desk could not open'),
  );
  return {
    settle: () => afterStore.settle(),
    // Settling waits for the desk to open; at start-up no big story has been put off yet, so it saves nothing.
    storiesOpen: afterStore.settle().catch(() => undefined),
    ingestOne: (input) => ingestPage(input, { store, logger, afterStore, processor }, fetchOptions),
    refresh: async (s) => {
      const summary = await refreshFeeds(s, { logger, afterStore }, fetchOptions);
      // Each failure by source and reason (the first REFRESH_FAILURES_LOGGED), so the log says which feed or page
      // failed and why; the count alone sent the operator to 'dateline feeds list', which shows feeds only.
      logger.info(
        {
          stored: summary.stored,
          failed: summary.failed,
          elapsedMs: summary.elapsedMs,
          ...(summary.failures.length
            ? {
                failures: summary.failures
                  .slice(0, REFRESH_FAILURES_LOGGED)
                  .map((f) => ({ source: f.source, reason: f.reason, message: f.message })),
              }
            : {}),
        },
        'serve: feeds refreshed',
      );
      return summary;
    },
  };
}

/**
 * `POST /api/v1/ingest` stores one page: a feed, sitemap, OPML list or WARC archive, fetched or given as `html`,
 * is refused as `not-html` (422) rather than stored as an "article" of its channel's title and XML text, as
 * `dateline extract` refuses it.
 */
export function pagesOnly(processor: DocumentProcessor): DocumentProcessor {
  return {
    extract: async (input) => {
      const bytes = input.bytes ?? Buffer.from(input.html ?? input.text ?? '', 'utf8');
      const message = notAPageMessage(input.url ?? 'the page', bytes, {
        stage: 'ingest',
        advice: "the API stores one page; 'dateline ingest' reads it into the desk, page by page",
      });
      return message ? { ok: false, reason: 'not-html', message } : processor.extract(input);
    },
    analyze: (article) => processor.analyze(article),
  };
}

/** Builds the demo desk at the path, returning a summary to print. */
export async function demoBuilder(): Promise<((dbPath: string) => Promise<string | null>) | null> {
  const [{ buildDemoDesk }, { formatSummary }, { skipTally }] = await Promise.all([
    import('../../ingest/demo/build-demo-desk.js'),
    import('./ingest.js'),
    import('../summary/skip-tally.js'),
  ]);
  return async (dbPath) => {
    const skips = skipTally();
    const summary = await buildDemoDesk(dbPath, {}, { onProgress: (p) => skips.note(p) });
    return formatSummary(summary, 'demo', skips.counts).trimEnd();
  };
}
