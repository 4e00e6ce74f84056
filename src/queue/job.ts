/** The queue's vocabulary: what a job is, the states it moves through, and what enqueueing takes. */

/** What a job does; each kind runs one ingest entry point for one source (see run-task.ts). */
export type JobKind = 'ingest-url' | 'ingest-file' | 'reprocess' | 'refresh-feed';

/**
 * queued → running → done | failed. A running job whose lease runs out is taken again (its worker died);
 * a failed attempt with attempts left goes back to queued with a later `runAt` (backoff).
 */
export type JobState = 'queued' | 'running' | 'done' | 'failed';

export const JOB_STATES: readonly JobState[] = ['queued', 'running', 'done', 'failed'];

/** A job as stored. `kind` and `payload` are whatever the row holds: decode them before use (tasks.ts). */
export interface Job {
  id: string;
  kind: string;
  payload: unknown;
  state: JobState;
  /** Claims so far, this one included while running. */
  attempts: number;
  maxAttempts: number;
  /** Not taken before this time (ISO 8601). */
  runAt: string;
  lockedBy: string | null;
  lockedUntil: string | null;
  lastError: string | null;
  result: unknown;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export interface NewJob {
  kind: JobKind;
  payload: Record<string, unknown>;
  /** Default 5. */
  maxAttempts?: number;
  /** At most one queued or running job per key: a second enqueue of the same source adds nothing. */
  dedupeKey?: string | null;
}

/** Jobs by state; `delayed` counts the queued ones waiting out a backoff. */
export type JobCounts = Record<JobState, number> & { delayed: number };

export const DEFAULT_MAX_ATTEMPTS = 5;
