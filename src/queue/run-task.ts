/**
 * Runs one task through the same entry points as the CLI: `ingestSources` for a URL, file or feed (fetch →
 * extract → analyze → store → afterStore, which tells the story desk), `reprocessStore` for a reprocess.
 * Nothing here is queue-specific; the worker decides what an outcome means for the job. Storage is idempotent
 * (the store upserts by canonical URL, else content hash), so running a task again after a lost worker stores
 * each article once.
 */
import { emptyIngestSummary, ingestSources } from '../ingest/ingest-sources.js';
import type {
  IngestDeps,
  IngestFailure,
  IngestOptions,
  IngestSummary,
  StoredEvent,
} from '../ingest/pipeline/ingest-types.js';
import { reprocessStore, type ReprocessSummary } from '../ingest/reprocess-store.js';
import type { Store } from '../store/port.js';
import { isRetryable } from './retryable.js';
import type { Task } from './tasks.js';

export interface TaskDeps {
  store: Store;
  afterStore?: (event: StoredEvent) => Promise<void>;
  /** The fetch settings from the config; jobs cannot choose their own (a job must not allow private addresses). */
  fetch: { allowPrivate: boolean; userAgent: string; timeoutMs: number; maxBytes: number };
  /** The safe fetcher; tests may pass a fake. Default: fetchPage. */
  fetcher?: IngestDeps['fetch'];
  /** Pages of one source processed at once (a feed's entries; default 4). */
  pagesAtOnce?: number;
}

/** What a task did, kept on the job row. */
export interface TaskResult {
  stored: number;
  unchanged: number;
  skipped: number;
  failed: number;
  /** The first failures (a feed can fail hundreds of entries; the row keeps a readable few). */
  failures: IngestFailure[];
  elapsedMs: number;
}

export type TaskOutcome =
  | { status: 'done'; result: TaskResult }
  /** Stopped by the signal before it finished: give the job back, nothing is lost (stored pages stay stored). */
  | { status: 'interrupted'; result: TaskResult }
  | { status: 'failed'; retryable: boolean; error: string; result: TaskResult };

const KEPT_FAILURES = 20;
const MAX_ERROR_LENGTH = 4000;

function resultOf(s: IngestSummary | ReprocessSummary): TaskResult {
  const stored = 'stored' in s ? s.stored : s.reprocessed;
  return {
    stored,
    unchanged: 'unchanged' in s ? s.unchanged : 0,
    skipped: 'skipped' in s ? s.skipped : 0,
    failed: s.failed,
    failures: s.failures.slice(0, KEPT_FAILURES),
    elapsedMs: s.elapsedMs,
  };
}

/** One line per failure, the count first when there are several. */
export function describeFailures(failures: readonly IngestFailure[], total: number): string {
  const lines = failures.map((f) => `${f.source}: ${f.reason}: ${f.message}`);
  const text = total > 1 ? [`${total} pages failed`, ...lines].join('\n') : (lines[0] ?? 'failed');
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH)}…` : text;
}

function outcomeOf(summary: IngestSummary | ReprocessSummary): TaskOutcome {
  const result = resultOf(summary);
  if (summary.interrupted) return { status: 'interrupted', result };
  if (summary.failed === 0) return { status: 'done', result };
  return {
    status: 'failed',
    retryable: summary.failures.some(isRetryable),
    error: describeFailures(summary.failures, summary.failed),
    result,
  };
}

/** Runs the task; aborting `signal` stops taking new pages, lets pages in flight finish and reports 'interrupted'. */
export async function runTask(task: Task, deps: TaskDeps, signal: AbortSignal): Promise<TaskOutcome> {
  if (task.kind === 'reprocess') {
    const summary = await reprocessStore(
      { store: deps.store, ...(deps.afterStore ? { afterStore: deps.afterStore } : {}) },
      { signal },
    );
    return outcomeOf(summary);
  }
  const source = task.kind === 'ingest-file' ? task.path : task.url;
  if (task.kind === 'refresh-feed') {
    // Unsubscribed since it was queued: nothing to refresh, and no reason to fail.
    const subscribed = (await deps.store.listFeeds()).some((f) => f.url === task.url);
    if (!subscribed) return { status: 'done', result: resultOf(emptyIngestSummary()) };
  }
  const options: IngestOptions = {
    allowPrivate: deps.fetch.allowPrivate,
    maxBytes: deps.fetch.maxBytes,
    jobs: deps.pagesAtOnce ?? 4,
    signal,
    polite: { userAgent: deps.fetch.userAgent, timeoutMs: deps.fetch.timeoutMs, maxBytes: deps.fetch.maxBytes },
  };
  const summary = await ingestSources(
    [source],
    {
      store: deps.store,
      ...(deps.afterStore ? { afterStore: deps.afterStore } : {}),
      ...(deps.fetcher ? { fetch: deps.fetcher } : {}),
    },
    options,
  );
  return outcomeOf(summary);
}
