/**
 * `dateline worker [--concurrency N] [--lease-seconds S] [--poll-seconds S] [--id name] [--allow-private] [--drain]`:
 * takes jobs from the PostgreSQL queue and runs each through the same pipeline as `dateline ingest`. Any number
 * of workers on any number of machines share one queue; one of them at a time also holds the story desk and files
 * what all of them store into stories (queue/story-desk-role.ts). SIGTERM or SIGINT: stop claiming, let the pages in
 * flight finish, give unfinished jobs back; a second signal quits at once (the leases run out and other workers
 * retry those jobs). Exit 0 stopped cleanly, 2 usage or configuration error (a SQLite desk included).
 */
import { hostname } from 'node:os';
import { reportUsageError } from '../usage-error.js';
import { parseCommandLine, storeErrorMessage, wholeNumber } from '../command-line.js';

export interface WorkerCommandIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env?: Readonly<Record<string, string | undefined>>;
  /** Stops the worker as SIGTERM would; the command also listens for the real signals. */
  signal?: AbortSignal;
}

const HELP = `Usage: dateline worker [options]

Takes jobs from the queue in PostgreSQL (DATELINE_PG_URL) and runs them: pages, feeds and files to ingest,
feed refreshes and reprocessing, queued with 'dateline enqueue'. Run as many workers as you like, on any
machines that reach the database; 'dateline jobs' shows the queue.

Options:
  --concurrency <n>     jobs run at once (default 2)
  --lease-seconds <s>   how long a claimed job stays this worker's without renewal (default 60); a worker that
                        dies loses its jobs to other workers once their leases run out
  --poll-seconds <s>    how often an idle worker looks for due retries (default 5; new jobs wake it at once)
  --id <name>           this worker's name in logs and in the jobs table (default: host:pid)
  --allow-private       allow URLs on loopback, private and link-local addresses (also DATELINE_ALLOW_PRIVATE)
  --drain               exit once no job is queued or running
  -h, --help            this help

SIGTERM or Ctrl-C stops taking jobs and gives unfinished ones back; a second signal quits at once.

Exit status: 0 stopped by a signal or drained, 1 the store cannot be opened or the loop failed, 2 usage or
configuration error (SQLite desks included), 130/143 quit at once by a second Ctrl-C/SIGTERM.
`;

const usageError = (io: WorkerCommandIO, message: string): number => reportUsageError(io.stderr, 'worker', message);

export async function runWorkerCommand(argv: string[], io: WorkerCommandIO): Promise<number> {
  const parsed = parseCommandLine(
    'worker',
    argv,
    {
      options: {
        concurrency: { type: 'string' },
        'lease-seconds': { type: 'string' },
        'poll-seconds': { type: 'string' },
        id: { type: 'string' },
        'allow-private': { type: 'boolean' },
        drain: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      help: HELP,
    },
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const concurrency = wholeNumber(values.concurrency, 2, 1, 64);
  if (concurrency === null) return usageError(io, '--concurrency takes a whole number from 1 to 64');
  const leaseSeconds = wholeNumber(values['lease-seconds'], 60, 1, 3600);
  if (leaseSeconds === null) return usageError(io, '--lease-seconds takes a whole number from 1 to 3600');
  const pollSeconds = wholeNumber(values['poll-seconds'], 5, 1, 3600);
  if (pollSeconds === null) return usageError(io, '--poll-seconds takes a whole number from 1 to 3600');
  const workerId = values.id?.trim() || `${hostname()}:${process.pid}`;
  if (workerId.length > 200 || /[\x00-\x1f]/.test(workerId))
    return usageError(io, '--id takes a name of at most 200 printable characters');

  const { parseConfig, redactUrl } = await import('../../config/config.js');
  const config = parseConfig(io.env ?? process.env);
  if (!config.ok) return usageError(io, config.errors.join('\n'));
  const [{ openQueue }, { openStore }] = await Promise.all([
    import('../../queue/open-queue.js'),
    import('../../store/open-store.js'),
  ]);
  // Checked before opening anything: a SQLite desk must not get a database file created by a worker.
  const opened = await openQueue(config.config);
  if (!opened.ok) return usageError(io, opened.message);
  const { queue } = opened;
  // Opening the store applies pending migrations (under an advisory lock), the jobs table included. A store that
  // cannot be opened is a plain message like `jobs` and `enqueue` print, not a log record with a stack trace.
  const store = await openStore(config.config.store).catch((error: Error) => error);
  if (store instanceof Error) {
    await queue.close().catch(() => undefined);
    const at = config.config.store.kind === 'postgres' ? ` (at ${redactUrl(config.config.store.url)})` : '';
    io.stderr.write(`dateline worker: cannot open the store: ${storeErrorMessage(store.message)}${at}\n`);
    return 1;
  }
  const [{ pino }, { storyHook }, { runTask }, { runWorker }, { DEFAULT_BACKOFF }, { StoryDeskRole }] =
    await Promise.all([
      import('pino'),
      import('../../stories/story-hook.js'),
      import('../../queue/run-task.js'),
      import('../../queue/worker.js'),
      import('../../queue/backoff.js'),
      import('../../queue/story-desk-role.js'),
    ]);
  const logger = pino({ name: 'dateline-worker' }, io.stderr);
  const controller = new AbortController();
  const stop = (signalName: string) => (): void => {
    if (controller.signal.aborted) {
      logger.warn({ worker: workerId }, `worker: ${signalName} again: quitting now; leases run out, others retry`);
      process.exit(signalName === 'SIGINT' ? 130 : 143);
    }
    logger.info({ worker: workerId }, `worker: ${signalName}: finishing the pages in flight, giving jobs back`);
    controller.abort();
  };
  const onSigint = stop('SIGINT');
  const onSigterm = stop('SIGTERM');
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigterm);
  // A signal that aborted while the worker was starting never fires 'abort' again.
  if (io.signal?.aborted) controller.abort();
  else io.signal?.addEventListener('abort', () => controller.abort(), { once: true });
  const deskStop = new AbortController();
  let deskRunning: Promise<void> | null = null;
  try {
    // Stories: one worker at a time holds the desk and files what every worker stores (story-desk-role.ts).
    const lock = opened.deskLock((error) => logger.warn({ worker: workerId, err: error.cause }, error.message));
    const desk = new StoryDeskRole(
      { lock, store, openDesk: storyHook, logger },
      { workerId, pollMs: pollSeconds * 1000, signal: controller.signal },
    );
    controller.signal.addEventListener('abort', () => deskStop.abort(), { once: true });
    deskRunning = desk.run(deskStop.signal);
    const fetch = {
      ...config.config.fetch,
      allowPrivate: config.config.fetch.allowPrivate || values['allow-private'] === true,
    };
    const taskDeps = { store, afterStore: () => desk.stored(), fetch };
    await runWorker(
      { queue, execute: (task, signal) => runTask(task, taskDeps, signal) },
      {
        workerId,
        concurrency,
        leaseMs: leaseSeconds * 1000,
        pollMs: pollSeconds * 1000,
        backoff: DEFAULT_BACKOFF,
        signal: controller.signal,
        logger,
        ...(values.drain ? { drain: true } : {}),
      },
    );
    // Drained: file the last articles stored before leaving (a no-op unless this worker can take the seat). Not
    // when a signal stopped it: the desk had given its seat up by then, and this last round took it again on a
    // pool about to close ("Cannot use a pool after calling end on the pool", exit 1, and a worker stopped by
    // SIGTERM that did not exit).
    if (values.drain && !controller.signal.aborted) await desk.step();
    return 0;
  } catch (error) {
    logger.error({ worker: workerId, err: error }, `worker: ${(error as Error).message}`);
    return 1;
  } finally {
    // Gives the desk's seat up (its session ends), so another worker takes it at once.
    deskStop.abort();
    await deskRunning;
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigterm);
    await queue.close().catch(() => undefined);
    await store.close().catch(() => undefined);
  }
}

export async function run(argv: string[]): Promise<number> {
  return runWorkerCommand(argv, { stdout: process.stdout, stderr: process.stderr });
}
