/**
 * What a task's outcome means for its job: done; failed but worth another attempt and attempts left → queued
 * again after a backoff; otherwise failed, with its error; interrupted by shutdown → released. Each write is
 * fenced by the claim, so a job another worker took meanwhile is left to it ('lost').
 */
import { retryDelayMs, type BackoffOptions } from './backoff.js';
import type { Job } from './job.js';
import type { JobQueue } from './job-queue.js';
import type { TaskOutcome } from './run-task.js';
import type { WorkerLogger } from './worker.js';

export type Recorded = 'done' | 'retried' | 'failed' | 'released' | 'lost';

export interface RecordContext {
  backoff: BackoffOptions;
  random?: () => number;
  logger: WorkerLogger;
  /** Fields on every log line (the worker's id). */
  base: Record<string, unknown>;
}

function firstLine(text: string): string {
  const newline = text.indexOf('\n');
  return newline < 0 ? text : `${text.slice(0, newline)} …`;
}

/** Records the outcome on the job and logs it; `lost`: the lease was lost while the task ran. */
export async function recordOutcome(
  queue: JobQueue,
  job: Job,
  outcome: TaskOutcome,
  lost: boolean,
  ctx: RecordContext,
): Promise<Recorded> {
  const { logger } = ctx;
  const fields = { ...ctx.base, job: job.id, kind: job.kind, attempt: job.attempts, result: outcome.result };
  if (lost) {
    logger.warn(fields, `worker: job ${job.id} lost its lease to another worker; its outcome is dropped`);
    return 'lost';
  }
  let recorded: Exclude<Recorded, 'lost'>;
  let held: boolean;
  if (outcome.status === 'interrupted') {
    recorded = 'released';
    held = await queue.release(job);
    logger.info(fields, `worker: job ${job.id} released on shutdown; another worker takes it`);
  } else if (outcome.status === 'done') {
    recorded = 'done';
    held = await queue.complete(job, outcome.result);
    const { stored, unchanged } = outcome.result;
    logger.info(fields, `worker: job ${job.id} done: ${stored} stored, ${unchanged} unchanged`);
  } else if (outcome.retryable && job.attempts < job.maxAttempts) {
    recorded = 'retried';
    const delayMs = retryDelayMs(job.attempts, ctx.backoff, ctx.random);
    held = await queue.retry(job, outcome.error, delayMs, outcome.result);
    logger.warn(
      { ...fields, error: outcome.error, retryInMs: delayMs },
      `worker: job ${job.id} attempt ${job.attempts} of ${job.maxAttempts} failed; retrying in ` +
        `${Math.round(delayMs / 1000)} s: ${firstLine(outcome.error)}`,
    );
  } else {
    recorded = 'failed';
    held = await queue.fail(job, outcome.error, outcome.result);
    const why = outcome.retryable ? `after ${job.attempts} attempts` : 'for good (retrying cannot help)';
    logger.error(
      { ...fields, error: outcome.error },
      `worker: job ${job.id} failed ${why}: ${firstLine(outcome.error)}`,
    );
  }
  if (held) return recorded;
  logger.warn(fields, `worker: job ${job.id} was taken by another worker before its outcome was recorded`);
  return 'lost';
}
