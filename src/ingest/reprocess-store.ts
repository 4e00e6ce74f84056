/**
 * reprocessStore: re-extracts and re-analyses every stored raw page with the current extractor and analyzer
 * (after an upgrade). The raw page is kept as it is; a page that no longer extracts keeps its old article and
 * is reported. A stored "article" whose raw page is a feed, a sitemap, an OPML list or a WARC archive (older
 * versions stored an RSS feed given as a page as an article of its channel) is no article: it is removed, and
 * listed in the summary.
 */
import { gunzipSync } from 'node:zlib';
import type { Store } from '../store/port.js';
import type { ExtractInput } from '../vocabulary.js';
import { inProcessProcessor } from './pipeline/in-process.js';
import { isGzip, sniffKind, type InputKind } from './detect/input-kind.js';
import type { DocumentProcessor, IngestFailure, IngestProgress, StoredEvent } from './pipeline/ingest-types.js';
import { FEED_SITE_HEADER, PUBLISHED_HEADER, withFeedSite } from './pipeline/process-job.js';

/** A stored row that was no article, removed by reprocess. */
export interface RemovedNonArticle {
  id: string;
  source: string;
  kind: Exclude<InputKind, 'page'>;
}

export interface ReprocessSummary {
  reprocessed: number;
  /** Stored rows whose raw page is a feed, sitemap, OPML list or WARC archive: removed, not reprocessed. */
  removed: RemovedNonArticle[];
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
  const summary: ReprocessSummary = {
    reprocessed: 0,
    removed: [],
    failed: 0,
    failures: [],
    interrupted: false,
    elapsedMs: 0,
  };
  let done = 0;
  for await (const { id, raw } of store.rawPages()) {
    if (options.signal?.aborted) {
      summary.interrupted = true;
      break;
    }
    let failure: IngestFailure | null = null;
    let removed: RemovedNonArticle['kind'] | null = null;
    try {
      const kind = nonArticleKind(raw.bytes);
      if (kind) {
        if (await store.deleteArticle(id)) {
          removed = kind;
          summary.removed.push({ id, source: raw.source, kind });
        }
      } else {
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
        status: failure ? 'failed' : removed ? 'skipped' : 'stored',
        ...(failure ? { reason: failure.reason } : removed ? { reason: `removed, ${describeKind(removed)}` } : {}),
      },
    });
  }
  summary.elapsedMs = Date.now() - started;
  return summary;
}

/** What the stored raw page is when it is no page at all (a feed, sitemap, OPML list, WARC archive), else null. */
function nonArticleKind(bytes: Uint8Array): Exclude<InputKind, 'page'> | null {
  let head = bytes.subarray(0, 8192);
  if (isGzip(bytes)) {
    try {
      head = gunzipSync(bytes).subarray(0, 8192);
    } catch {
      return null; // a damaged archive: left to extract, which reports it
    }
  }
  const kind = sniffKind(head);
  return kind && kind !== 'page' ? kind : null;
}

/** "an RSS, Atom or JSON feed, not an article" and the like, for the progress lines and the summary. */
export function describeKind(kind: RemovedNonArticle['kind']): string {
  const what = {
    feed: 'an RSS, Atom or JSON feed',
    sitemap: 'a sitemap',
    opml: 'an OPML list of feeds',
    warc: 'a WARC archive',
  }[kind];
  return `${what}, not an article`;
}
