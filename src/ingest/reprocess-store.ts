/**
 * reprocessStore: re-extracts and re-analyses every stored raw page with the current extractor and analyzer
 * (after an upgrade). The raw page is kept as it is; a page that no longer extracts keeps its old article and
 * is reported.
 */
import type { Store } from '../store/port.js';
import type { ExtractInput } from '../vocabulary.js';
import { inProcessProcessor } from './pipeline/in-process.js';
import type { DocumentProcessor, IngestFailure, IngestProgress, StoredEvent } from './pipeline/ingest-types.js';
import { FEED_SITE_HEADER, PUBLISHED_HEADER, withFeedSite } from './pipeline/process-job.js';

export interface ReprocessSummary {
  reprocessed: number;
  failed: number;
  failures: IngestFailure[];
  interrupted: boolean;
  elapsedMs: number;
}

export interface ReprocessDeps {
  store: Store;
  now?: () => Date;
  processor?: DocumentProcessor;
  afterStore?: (event: StoredEvent) => Promise<void>;
}

export async function reprocessStore(
  deps: ReprocessDeps,
  options: { onProgress?: (p: IngestProgress) => void; signal?: AbortSignal } = {},
): Promise<ReprocessSummary> {
  const { store } = deps;
  const processor = deps.processor ?? inProcessProcessor(deps.now ?? (() => new Date()));
  const started = Date.now();
  const total = await store.countArticles();
  const summary: ReprocessSummary = { reprocessed: 0, failed: 0, failures: [], interrupted: false, elapsedMs: 0 };
  let done = 0;
  for await (const { id, raw } of store.rawPages()) {
    if (options.signal?.aborted) {
      summary.interrupted = true;
      break;
    }
    let failure: IngestFailure | null = null;
    try {
      const headers = { ...raw.headers };
      const published = headers[PUBLISHED_HEADER];
      delete headers[PUBLISHED_HEADER];
      const feedSite = headers[FEED_SITE_HEADER];
      delete headers[FEED_SITE_HEADER];
      if (raw.contentType && !headers['content-type']) headers['content-type'] = raw.contentType;
      const input: ExtractInput = { bytes: raw.bytes, headers, ...(raw.url ? { url: raw.url } : {}) };
      if (published) input.published = published;
      const outcome = await processor.extract(input);
      if (!outcome.ok) failure = { source: raw.source, reason: outcome.reason, message: outcome.message };
      else {
        const article = withFeedSite(outcome.article, feedSite);
        const analysis = await processor.analyze(article);
        const stored = await store.upsertArticle({ article, analysis, source: raw.source });
        await deps.afterStore?.({
          id: stored.id,
          created: stored.created,
          article,
          analysis,
          source: raw.source,
        });
        summary.reprocessed++;
      }
    } catch (err) {
      failure = {
        source: raw.source,
        reason: 'internal-error',
        message: `reprocess: ${id}: ${(err as Error).message}`,
      };
    }
    if (failure) {
      summary.failed++;
      summary.failures.push(failure);
    }
    done++;
    options.onProgress?.({
      done,
      stored: summary.reprocessed,
      unchanged: 0,
      skipped: 0,
      failed: summary.failed,
      total: Math.max(total, done),
      expanding: false,
      elapsedMs: Date.now() - started,
      last: {
        source: raw.source,
        status: failure ? 'failed' : 'stored',
        ...(failure ? { reason: failure.reason } : {}),
      },
    });
  }
  summary.elapsedMs = Date.now() - started;
  return summary;
}
