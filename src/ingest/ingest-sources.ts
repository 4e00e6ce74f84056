/**
 * ingestSources: files, directories, URLs, feeds, sitemaps, WARC files and OPML lists → stored articles.
 *
 * Stages: expand (inputs → page jobs, streamed) → per page: fetch → extract → analyze → store → afterStore.
 * Pages run `jobs` at a time; fetches are polite (robots.txt, per-host spacing). One bad input never stops
 * the batch: each failure is recorded with its source and reason. Pages finished close together are committed
 * together (`groupCommit`), and counted stored once committed; a lane hands its analysed page to the writer and
 * takes its next page meanwhile. Aborting the signal stops taking new pages; pages in flight finish and are
 * committed, so nothing already stored is lost, and a second run skips what is stored.
 */
import { fetchPage } from './fetch/fetch-page.js';
import { createPoliteFetch } from './polite/polite-fetcher.js';
import { estimateTotal } from './pipeline/estimate-total.js';
import { expandSources } from './pipeline/expand-sources.js';
import { groupCommit, MAX_BATCH } from './pipeline/group-commit.js';
import type { ExpandContext, Expanded } from './pipeline/expand-context.js';
import { inProcessProcessor } from './pipeline/in-process.js';
import type { IngestDeps, IngestOptions, IngestProgress, IngestSummary, PageJob } from './pipeline/ingest-types.js';
import { prepareJob, storeJob, type JobContext, type JobResult, type ReadyJob } from './pipeline/process-job.js';

export type * from './pipeline/ingest-types.js';

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** A summary of no pages: where a batch starts counting, and the result of a run with nothing to do. */
export function emptyIngestSummary(): IngestSummary {
  return {
    stored: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    failed: 0,
    failures: [],
    interrupted: false,
    elapsedMs: 0,
  };
}

/** Ingests `inputs` into `deps.store` and returns what happened to each page. */
export async function ingestSources(
  inputs: readonly string[],
  deps: IngestDeps,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const now = deps.now ?? (() => new Date());
  const started = Date.now();
  const fetch = createPoliteFetch(deps.fetch ?? fetchPage, {
    ...options.polite,
    allowPrivate: options.allowPrivate ?? options.polite?.allowPrivate ?? false,
  });
  const feeds = new Map((await deps.store.listFeeds()).map((f) => [f.url, f]));
  const expandCtx: ExpandContext = {
    fetch,
    store: deps.store,
    feeds,
    now,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxSitemapDepth: options.maxSitemapDepth ?? 3,
    seen: new Set(),
    sitemapBudget: { left: options.maxSitemapUrls ?? 5_000 },
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const write = groupCommit(deps.store);
  const jobCtx: JobContext = {
    store: deps.store,
    processor: deps.processor ?? inProcessProcessor(now, options.maxBytes),
    fetch,
    now,
    refetch: options.refetch ?? false,
    write,
    ...(deps.afterStore ? { afterStore: deps.afterStore } : {}),
  };

  const summary = emptyIngestSummary();
  const progress: IngestProgress = {
    done: 0,
    stored: 0,
    unchanged: 0,
    skipped: 0,
    failed: 0,
    total: 0,
    expanding: true,
    elapsedMs: 0,
  };
  if (options.onProgress) progress.estimatedTotal = await estimateTotal(inputs);

  const record = (r: JobResult): void => {
    progress.done++;
    if (r.status === 'stored') {
      summary.stored++;
      if (r.created) summary.created++;
      else summary.updated++;
    } else if (r.status === 'unchanged') summary.unchanged++;
    else if (r.status === 'skipped') summary.skipped++;
    else {
      summary.failed++;
      summary.failures.push({
        source: r.source,
        reason: r.reason ?? 'failed',
        message: r.message ?? '',
        ...(r.httpStatus !== undefined ? { status: r.httpStatus } : {}),
      });
    }
    Object.assign(progress, {
      stored: summary.stored,
      unchanged: summary.unchanged,
      skipped: summary.skipped,
      failed: summary.failed,
      elapsedMs: Date.now() - started,
      last: { source: r.source, status: r.status, ...(r.reason ? { reason: r.reason } : {}) },
    });
    deps.logger?.[r.status === 'failed' ? 'warn' : 'info'](
      { source: r.source, status: r.status, reason: r.reason },
      r.message ?? `ingest: ${r.status}`,
    );
    options.onProgress?.({ ...progress });
  };

  // Expansion yields pages, failures and skips; only pages go to the workers.
  const expanded = expandSources(inputs, expandCtx);
  const nextJob = async (): Promise<PageJob | null> => {
    for (;;) {
      if (options.signal?.aborted) return null;
      const step: IteratorResult<Expanded> = await expanded.next();
      if (step.done) {
        progress.expanding = false;
        return null;
      }
      progress.total++;
      const item = step.value;
      if (item.kind === 'job') return item.job;
      if (item.kind === 'failure')
        record({
          source: item.failure.source,
          status: 'failed',
          reason: item.failure.reason,
          message: item.failure.message,
          ...(item.failure.status !== undefined ? { httpStatus: item.failure.status } : {}),
        });
      else record({ source: item.source, status: 'skipped', reason: item.reason });
    }
  };
  // Pages analysed and handed to the writer, not yet committed and placed: a lane takes its next page meanwhile.
  const storing = new Set<Promise<void>>();
  const jobs = Math.max(1, options.jobs ?? 4);
  // What recording a stored page threw (an onProgress or logger that throws): ingest throws it, as it did in a lane.
  let thrown: { err: unknown } | null = null;
  const store = (ready: ReadyJob): void => {
    const done: Promise<void> = storeJob(ready, jobCtx)
      .then(record)
      .catch((err: unknown) => void (thrown ??= { err }))
      .finally(() => storing.delete(done));
    storing.add(done);
  };
  // Async generators queue concurrent next() calls, so workers can share one.
  const worker = async (): Promise<void> => {
    for (let job = await nextJob(); job; job = await nextJob()) {
      const prepared = await prepareJob(job, jobCtx);
      if ('result' in prepared) record(prepared.result);
      else store(prepared.ready);
      // Bounds the pages held in memory while the writer and the story desk catch up.
      while (storing.size >= MAX_BATCH + jobs) await Promise.race(storing);
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  await write.flush?.();
  await Promise.all(storing);
  await expanded.return(undefined);
  if (thrown) throw (thrown as { err: unknown }).err;
  try {
    await deps.afterStore?.settle?.();
  } catch (err) {
    // The pages are stored; a story save that failed is redone when the desk next opens (it rebuilds).
    deps.logger?.warn({ err }, `ingest: saving the stories failed: ${(err as Error).message}`);
  }

  summary.interrupted = options.signal?.aborted ?? false;
  summary.elapsedMs = Date.now() - started;
  return summary;
}
