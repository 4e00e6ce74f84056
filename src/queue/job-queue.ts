/**
 * The queue port (STYLE.md §9): PostgreSQL implements it for workers on many machines. Every write on a claimed
 * job is fenced by the claim (job id, worker id and attempt number), so a worker whose lease ran out and whose
 * job another worker took cannot complete, fail or release it any more: those calls return false.
 */
import type { Job, JobCounts, NewJob } from './job.js';

export interface EnqueueResult {
  /** Ids of the jobs added, in input order (jobs skipped as already pending are not listed). */
  ids: string[];
  /** Jobs not added because one with the same dedupe key is already queued or running. */
  pending: number;
}

export interface JobQueue {
  enqueue(jobs: readonly NewJob[]): Promise<EnqueueResult>;
  /** Takes the next due job for `leaseMs` (after expiring ran-out leases); null if none. */
  claim(workerId: string, leaseMs: number): Promise<Job | null>;
  /** Extends the lease of a job this worker holds; false when the claim is lost. */
  extend(job: Job, leaseMs: number): Promise<boolean>;
  complete(job: Job, result: unknown): Promise<boolean>;
  /** Back to queued, to run again after `delayMs`, keeping the error. */
  retry(job: Job, error: string, delayMs: number, result?: unknown): Promise<boolean>;
  /** Ends the job as failed, keeping the error. */
  fail(job: Job, error: string, result?: unknown): Promise<boolean>;
  /** Gives a job back untouched (shutdown): queued again at once, this attempt not counted. */
  release(job: Job): Promise<boolean>;
  /** Running jobs whose lease ran out go back to the queue, or fail if that was their last attempt. */
  expireLeases(): Promise<{ requeued: number; failed: number }>;
  counts(): Promise<JobCounts>;
  /** The most recently failed jobs, newest first. */
  failedJobs(limit: number): Promise<Job[]>;
  /** Queues failed jobs again with a fresh attempt budget; returns how many. */
  retryFailed(): Promise<number>;
  /** Deletes done jobs finished more than `olderThanMs` ago (failed ones stay for inspection); returns how many. */
  purgeDone(olderThanMs: number): Promise<number>;
  getJob(id: string): Promise<Job | null>;
  /** Calls `onWake` when jobs are enqueued anywhere; the returned function stops listening. */
  listen(onWake: () => void, onError: (error: Error) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
