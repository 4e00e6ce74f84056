/**
 * The worker loop: `concurrency` slots, each claiming a job, running its task and recording the outcome.
 *
 * Stages of one job: claim (with a lease) → decode → run, renewing the lease a few times per lease period →
 * record: done; failed and retryable with attempts left → queued again after a backoff; otherwise failed, with
 * its error. A worker that loses its lease (it stalled past it, another worker took the job) stops the task and
 * records nothing. On shutdown (the signal) slots stop claiming; running tasks stop taking new pages, finish
 * the pages in flight, and their jobs are released for another worker. Idle slots wake on NOTIFY, or poll.
 */
import type { BackoffOptions } from './backoff.js';
import type { Job } from './job.js';
import type { JobQueue } from './job-queue.js';
import { recordOutcome, type Recorded } from './record-outcome.js';
import type { TaskOutcome } from './run-task.js';
import { decodeTask, taskSource, type Task } from './tasks.js';
import { Waker } from './waker.js';

/** Structured logger (pino satisfies it); fields are stable: worker, job, kind, source, attempt. */
export interface WorkerLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface WorkerOptions {
  workerId: string;
  concurrency: number;
  leaseMs: number;
  /** How often idle slots look for due jobs without a NOTIFY (retries after backoff, expired leases). */
  pollMs: number;
  backoff: BackoffOptions;
  /** Aborting stops the worker gracefully. */
  signal: AbortSignal;
  logger: WorkerLogger;
  /** Stop once no job is queued or running anywhere (batch runs and tests); retries after a backoff are waited for. */
  drain?: boolean;
  random?: () => number;
}

export interface WorkerDeps {
  queue: JobQueue;
  execute(task: Task, signal: AbortSignal): Promise<TaskOutcome>;
}

export type WorkerStats = Record<Recorded, number>;

/** Runs until the signal aborts (or, with `drain`, until nothing is ready); returns what it did. */
export async function runWorker(deps: WorkerDeps, options: WorkerOptions): Promise<WorkerStats> {
  const { queue, execute } = deps;
  const { workerId, logger, signal } = options;
  const stats: WorkerStats = { done: 0, retried: 0, failed: 0, released: 0, lost: 0 };
  const waker = new Waker();
  const base = { worker: workerId };
  // An object, not a `let`: the listener is set inside closures, where TypeScript does not track assignments.
  const listener: { stop: (() => Promise<void>) | null; up: boolean } = { stop: null, up: false };

  const listen = async (): Promise<void> => {
    if (listener.up || signal.aborted) return;
    try {
      await listener.stop?.();
      listener.stop = await queue.listen(
        () => waker.wake(),
        (error) => {
          listener.up = false;
          logger.warn({ ...base, err: error.cause ?? error }, `worker: ${error.message}; polling until it is back`);
        },
      );
      listener.up = true;
    } catch (error) {
      logger.warn({ ...base, err: error }, 'worker: cannot LISTEN for new jobs; polling instead');
    }
  };

  const record = async (job: Job, outcome: TaskOutcome, lost: boolean): Promise<void> => {
    stats[await recordOutcome(queue, job, outcome, lost, { ...options, base })]++;
  };

  const handle = async (job: Job): Promise<void> => {
    const decoded = decodeTask(job);
    if (!decoded.ok) {
      const failed = await queue.fail(job, decoded.message);
      if (failed) stats.failed++;
      return logger.error({ ...base, job: job.id, kind: job.kind }, `worker: ${decoded.message}`);
    }
    const task = decoded.task;
    logger.info(
      { ...base, job: job.id, kind: task.kind, source: taskSource(task), attempt: job.attempts },
      `worker: job ${job.id} started: ${task.kind} ${taskSource(task)} (attempt ${job.attempts} of ${job.maxAttempts})`,
    );
    const stop = new AbortController();
    const onShutdown = (): void => stop.abort();
    signal.addEventListener('abort', onShutdown, { once: true });
    let lost = false;
    // Renewed three times per lease: one slow renewal (a busy database) still leaves time before it runs out.
    const renew = setInterval(() => {
      queue.extend(job, options.leaseMs).then(
        (held) => {
          if (held || lost) return;
          lost = true;
          stop.abort();
        },
        (error: unknown) => logger.warn({ ...base, job: job.id, err: error }, 'worker: lease renewal failed'),
      );
    }, options.leaseMs / 3);
    let outcome: TaskOutcome;
    try {
      outcome = await execute(task, stop.signal);
    } catch (error) {
      // A throw is a bug or an infrastructure failure, not the input's fault: worth another attempt.
      const message = `worker: job ${job.id}: ${(error as Error).message ?? String(error)}`;
      outcome = { status: 'failed', retryable: true, error: message, result: emptyResult() };
    } finally {
      clearInterval(renew);
      signal.removeEventListener('abort', onShutdown);
    }
    await record(job, outcome, lost);
  };

  let busy = 0;
  let drained = false;
  // With `drain`: nothing queued (due or backing off) and nothing running anywhere; a retry still pending keeps us.
  const settled = async (): Promise<boolean> => {
    try {
      const counts = await queue.counts();
      return counts.queued + counts.running === 0;
    } catch {
      return false;
    }
  };
  const slot = async (): Promise<void> => {
    while (!signal.aborted && !drained) {
      let job: Job | null = null;
      try {
        job = await queue.claim(workerId, options.leaseMs);
      } catch (error) {
        logger.error({ ...base, err: error }, `worker: cannot claim a job: ${(error as Error).message}; trying again`);
      }
      if (job) {
        busy++;
        try {
          await handle(job);
        } catch (error) {
          // Recording failed (database gone): the lease runs out and the job is retried elsewhere.
          logger.error({ ...base, job: job.id, err: error }, `worker: job ${job.id}: cannot record the outcome`);
        } finally {
          busy--;
        }
        continue;
      }
      if (options.drain && busy === 0 && (await settled())) {
        drained = true;
        waker.wake();
        return;
      }
      await listen();
      await waker.wait(options.pollMs, signal);
    }
  };

  await listen();
  logger.info(
    { ...base, concurrency: options.concurrency, leaseMs: options.leaseMs },
    `worker: ${workerId} taking jobs, ${options.concurrency} at a time`,
  );
  try {
    await Promise.all(Array.from({ length: options.concurrency }, slot));
  } finally {
    await listener.stop?.();
  }
  logger.info({ ...base, ...stats }, `worker: ${workerId} stopped`);
  return stats;
}

function emptyResult(): TaskOutcome['result'] {
  return { stored: 0, unchanged: 0, skipped: 0, failed: 0, failures: [], elapsedMs: 0 };
}
