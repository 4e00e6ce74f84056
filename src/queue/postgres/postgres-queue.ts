/**
 * The job queue in PostgreSQL. Claiming is one statement: the next ready row is picked with FOR UPDATE SKIP
 * LOCKED, so concurrent workers each lock a different row and never wait on, or take, one another's; the
 * same statement marks it running under a lease. A lease is renewed while the job runs; once it runs out
 * (the worker was killed, its machine lost) the row is ready again and the next claim takes it. All times
 * come from the server's now(), so workers with skewed clocks agree. Enqueueing NOTIFYs idle workers.
 */
import pg from 'pg';
import { checkedSchema, postgresConnection } from '../../store/postgres/connection.js';
import { JOB_STATES, type Job, type JobCounts, type NewJob } from '../job.js';
import type { EnqueueResult, JobQueue } from '../job-queue.js';
import { JOB_COLUMNS, jobOfRow, type JobRow } from './job-row.js';

export interface PostgresQueueOptions {
  url: string;
  /** The schema the store's migrations created the jobs table in (default: the server's search_path). */
  schema?: string;
  /** Pool size (default 4: a claim, a lease renewal and a result at once per worker are plenty). */
  maxConnections?: number;
}

// Rows per INSERT when enqueueing a large directory: keeps each statement's parameters small.
const ENQUEUE_CHUNK = 1000;
// Leases that ran out: the job goes back to the queue at once, or fails when that was its last attempt. A
// separate statement, not an OR in the claim, so that the claim walks the ready index in order and stops at
// the first unlocked row instead of sorting every ready job.
const EXPIRE_SQL = `
UPDATE jobs SET
  state = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
  finished_at = CASE WHEN attempts >= max_attempts THEN now() END,
  run_at = now(),
  locked_by = NULL,
  locked_until = NULL,
  updated_at = now(),
  last_error = 'queue: the lease of ' || coalesce(locked_by, '?') || ' ran out on attempt ' || attempts || ' of ' ||
    max_attempts || ' (worker stopped or stalled)' || coalesce(E'\\nbefore: ' || left(last_error, 2000), '')
WHERE state = 'running' AND locked_until < now()
RETURNING state`;
const CLAIM_SQL = `
UPDATE jobs SET
  state = 'running',
  attempts = attempts + 1,
  locked_by = $1,
  locked_until = now() + make_interval(secs => $2),
  updated_at = now()
WHERE id = (
  SELECT id FROM jobs
  WHERE state = 'queued' AND run_at <= now()
  ORDER BY run_at, id
  FOR UPDATE SKIP LOCKED
  LIMIT 1)
RETURNING ${JOB_COLUMNS}`;
// Every write on a claimed job names the claim: a worker that lost its lease changes nothing.
const FENCE = "id = $1 AND locked_by = $2 AND attempts = $3 AND state = 'running'";

/** The scale-out queue: any number of workers on any number of machines share one jobs table. */
export class PostgresQueue implements JobQueue {
  readonly #pool: pg.Pool;
  readonly #url: string;
  readonly #schema: string | null;

  constructor(options: PostgresQueueOptions) {
    this.#url = options.url;
    this.#schema = checkedSchema(options.schema, 'queue');
    this.#pool = new pg.Pool({ ...this.#connection(), max: options.maxConnections ?? 4 });
    // An idle client losing its server must not crash the worker; the next query reports the failure.
    this.#pool.on('error', () => undefined);
  }

  #connection(): pg.ClientConfig {
    return postgresConnection(this.#url, this.#schema);
  }

  /** The NOTIFY channel, one per schema so that two desks in one database do not wake each other. */
  get #channel(): string {
    return `dateline_jobs${this.#schema ? `_${this.#schema}` : ''}`;
  }

  async enqueue(jobs: readonly NewJob[]): Promise<EnqueueResult> {
    const ids: string[] = [];
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      for (let i = 0; i < jobs.length; i += ENQUEUE_CHUNK) {
        const chunk = jobs.slice(i, i + ENQUEUE_CHUNK);
        const { rows } = await client.query<{ id: string }>(
          `INSERT INTO jobs (kind, payload, max_attempts, dedupe_key)
           SELECT k, p::jsonb, m, d FROM unnest($1::text[], $2::text[], $3::int[], $4::text[]) WITH ORDINALITY
             AS t(k, p, m, d, n)
           ORDER BY n
           ON CONFLICT (dedupe_key) WHERE state IN ('queued', 'running') DO NOTHING
           RETURNING id::text AS id`,
          [
            chunk.map((j) => j.kind),
            chunk.map((j) => JSON.stringify(j.payload)),
            chunk.map((j) => j.maxAttempts ?? 5),
            chunk.map((j) => j.dedupeKey ?? null),
          ],
        );
        ids.push(...rows.map((r) => r.id));
      }
      // Delivered on commit, to every listening worker.
      if (ids.length) await client.query('SELECT pg_notify($1, $2)', [this.#channel, String(ids.length)]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw new Error('queue: enqueue failed', { cause: error });
    } finally {
      client.release();
    }
    return { ids, pending: jobs.length - ids.length };
  }

  async claim(workerId: string, leaseMs: number): Promise<Job | null> {
    await this.expireLeases();
    const { rows } = await this.#pool.query<JobRow>(CLAIM_SQL, [workerId, leaseMs / 1000]);
    return rows[0] ? jobOfRow(rows[0]) : null;
  }

  async extend(job: Job, leaseMs: number): Promise<boolean> {
    return this.#fenced(job, 'locked_until = now() + make_interval(secs => $4), updated_at = now()', [leaseMs / 1000]);
  }

  async complete(job: Job, result: unknown): Promise<boolean> {
    return this.#fenced(
      job,
      `state = 'done', result = $4::jsonb, locked_until = NULL, updated_at = now(),
       finished_at = now()`,
      [JSON.stringify(result ?? null)],
    );
  }

  async retry(job: Job, error: string, delayMs: number, result?: unknown): Promise<boolean> {
    return this.#fenced(
      job,
      `state = 'queued', last_error = $4, run_at = now() + make_interval(secs => $5), result = $6::jsonb,
       locked_by = NULL, locked_until = NULL, updated_at = now()`,
      [error, delayMs / 1000, JSON.stringify(result ?? null)],
    );
  }

  async fail(job: Job, error: string, result?: unknown): Promise<boolean> {
    return this.#fenced(
      job,
      `state = 'failed', last_error = $4, result = $5::jsonb, locked_until = NULL, updated_at = now(),
       finished_at = now()`,
      [error, JSON.stringify(result ?? null)],
    );
  }

  async release(job: Job): Promise<boolean> {
    return this.#fenced(
      job,
      `state = 'queued', attempts = attempts - 1, run_at = now(), locked_by = NULL, locked_until = NULL,
       updated_at = now()`,
      [],
    );
  }

  async #fenced(job: Job, set: string, params: unknown[]): Promise<boolean> {
    const { rowCount } = await this.#pool.query(`UPDATE jobs SET ${set} WHERE ${FENCE}`, [
      job.id,
      job.lockedBy,
      job.attempts,
      ...params,
    ]);
    return rowCount === 1;
  }

  async expireLeases(): Promise<{ requeued: number; failed: number }> {
    const { rows } = await this.#pool.query<{ state: string }>(EXPIRE_SQL);
    const failed = rows.filter((r) => r.state === 'failed').length;
    return { requeued: rows.length - failed, failed };
  }

  async counts(): Promise<JobCounts> {
    const { rows } = await this.#pool.query<{ state: string; n: number; delayed: number }>(
      `SELECT state, count(*)::int AS n, count(*) FILTER (WHERE state = 'queued' AND run_at > now())::int AS delayed
       FROM jobs GROUP BY state`,
    );
    const counts: JobCounts = { queued: 0, running: 0, done: 0, failed: 0, delayed: 0 };
    for (const row of rows) {
      if ((JOB_STATES as readonly string[]).includes(row.state)) counts[row.state as keyof JobCounts] = row.n;
      counts.delayed += row.delayed;
    }
    return counts;
  }

  async failedJobs(limit: number): Promise<Job[]> {
    const { rows } = await this.#pool.query<JobRow>(
      `SELECT ${JOB_COLUMNS} FROM jobs WHERE state = 'failed' ORDER BY updated_at DESC, id DESC LIMIT $1`,
      [limit],
    );
    return rows.map(jobOfRow);
  }

  async retryFailed(): Promise<number> {
    // One per dedupe key, and none whose key is pending again: either would break the pending-key index.
    const { rowCount } = await this.#pool.query(
      `UPDATE jobs SET state = 'queued', attempts = 0, run_at = now(), locked_by = NULL, locked_until = NULL,
         finished_at = NULL, updated_at = now()
       WHERE id IN (
         SELECT DISTINCT ON (coalesce(f.dedupe_key, f.id::text)) f.id FROM jobs f
         WHERE f.state = 'failed' AND NOT EXISTS (
           SELECT 1 FROM jobs p WHERE p.dedupe_key = f.dedupe_key AND p.state IN ('queued', 'running'))
         ORDER BY coalesce(f.dedupe_key, f.id::text), f.id DESC)`,
    );
    if (rowCount) await this.#pool.query('SELECT pg_notify($1, $2)', [this.#channel, String(rowCount)]);
    return rowCount ?? 0;
  }

  async purgeDone(olderThanMs: number): Promise<number> {
    const { rowCount } = await this.#pool.query(
      `DELETE FROM jobs WHERE state = 'done' AND finished_at < now() - make_interval(secs => $1)`,
      [olderThanMs / 1000],
    );
    return rowCount ?? 0;
  }

  async getJob(id: string): Promise<Job | null> {
    if (!/^\d{1,18}$/.test(id)) return null;
    const { rows } = await this.#pool.query<JobRow>(`SELECT ${JOB_COLUMNS} FROM jobs WHERE id = $1`, [id]);
    return rows[0] ? jobOfRow(rows[0]) : null;
  }

  async listen(onWake: () => void, onError: (error: Error) => void): Promise<() => Promise<void>> {
    // LISTEN needs a session of its own: pooled clients are shared and returned between queries.
    const client = new pg.Client(this.#connection());
    client.on('notification', () => onWake());
    client.on('error', (error) => onError(new Error('queue: the LISTEN connection failed', { cause: error })));
    await client.connect();
    await client.query(`LISTEN "${this.#channel}"`);
    return async () => {
      await client.end().catch(() => undefined);
    };
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}
