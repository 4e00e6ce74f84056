/** A `jobs` row as pg returns it, and its mapping to the queue's `Job`. */
import type { Job, JobState } from '../job.js';

export interface JobRow {
  id: string;
  kind: string;
  payload: unknown;
  state: JobState;
  attempts: number;
  max_attempts: number;
  run_at: Date;
  locked_by: string | null;
  locked_until: Date | null;
  last_error: string | null;
  result: unknown;
  created_at: Date;
  updated_at: Date;
  finished_at: Date | null;
}

export const JOB_COLUMNS =
  'id::text AS id, kind, payload, state, attempts, max_attempts, run_at, locked_by, locked_until, last_error, ' +
  'result, created_at, updated_at, finished_at';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function jobOfRow(row: JobRow): Job {
  return {
    id: row.id,
    kind: row.kind,
    payload: row.payload,
    state: row.state,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    runAt: row.run_at.toISOString(),
    lockedBy: row.locked_by,
    lockedUntil: iso(row.locked_until),
    lastError: row.last_error,
    result: row.result,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    finishedAt: iso(row.finished_at),
  };
}
