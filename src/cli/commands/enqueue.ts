/**
 * `dateline enqueue <input...> | --reprocess | --refresh-feeds [--max-attempts N]`: puts jobs on the PostgreSQL
 * queue for `dateline worker` processes. URLs become ingest-url jobs; files ingest-file jobs (paths made
 * absolute: every worker must see the same file system path); a directory becomes one job per input file under
 * it, so that workers share it. A source already queued or running is not queued twice.
 * Exit 0 queued, 1 some input unreadable (the rest queued), 2 usage or configuration error.
 */
import { stat } from 'node:fs/promises';
import type { Task } from '../../queue/tasks.js';
import { reportUsageError } from '../usage-error.js';
import { parseCommandLine, storeErrorMessage, wholeNumber } from '../command-line.js';
import { notReadable } from '../inputs/expand-inputs.js';

export interface EnqueueCommandIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env?: Readonly<Record<string, string | undefined>>;
  cwd?: string;
}

const HELP = `Usage: dateline enqueue <input...> [options]
       dateline enqueue --reprocess | --refresh-feeds

Queues work for 'dateline worker' in PostgreSQL (DATELINE_PG_URL). Inputs are what 'dateline ingest' takes:
URLs (pages, feeds, sitemaps, OPML), files, and directories (one job per input file under them). Files are
read by the workers, so each worker must see them under the same absolute path (a shared volume).

Options:
  --reprocess          queue one job that re-extracts every stored raw page
  --refresh-feeds      queue a refresh of each subscribed feed
  --max-attempts <n>   attempts before a job that keeps failing is marked failed (default 5)
  -h, --help           this help

Exit status: 0 all queued, 1 some input unreadable (the rest are queued) or the database unreachable, 2 usage or
configuration error (SQLite desks included).
`;

const usageError = (io: EnqueueCommandIO, message: string): number => reportUsageError(io.stderr, 'enqueue', message);

export async function runEnqueueCommand(argv: string[], io: EnqueueCommandIO): Promise<number> {
  const parsed = parseCommandLine(
    'enqueue',
    argv,
    {
      options: {
        reprocess: { type: 'boolean' },
        'refresh-feeds': { type: 'boolean' },
        'max-attempts': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      help: HELP,
      allowPositionals: true,
    },
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const modes = [positionals.length > 0, values.reprocess === true, values['refresh-feeds'] === true];
  if (modes.filter(Boolean).length !== 1) return usageError(io, 'give inputs, --reprocess or --refresh-feeds (one)');
  const maxAttempts = wholeNumber(values['max-attempts'], 5, 1, 100);
  if (maxAttempts === null) return usageError(io, '--max-attempts takes a whole number from 1 to 100');

  const { parseConfig, redactUrl } = await import('../../config/config.js');
  const config = parseConfig(io.env ?? process.env);
  if (!config.ok) return usageError(io, config.errors.join('\n'));
  const [{ openQueue }, { openStore }, { newJob, taskForInput }, { listInputFiles }] = await Promise.all([
    import('../../queue/open-queue.js'),
    import('../../store/open-store.js'),
    import('../../queue/tasks.js'),
    import('../../queue/list-input-files.js'),
  ]);
  const opened = await openQueue(config.config);
  if (!opened.ok) return usageError(io, opened.message);
  const { queue } = opened;
  // The store is opened for its migrations (the jobs table) and, for --refresh-feeds, the subscriptions.
  const store = await openStore(config.config.store).catch((error: Error) => error);
  if (store instanceof Error) {
    await queue.close();
    const at = config.config.store.kind === 'postgres' ? ` (at ${redactUrl(config.config.store.url)})` : '';
    io.stderr.write(`dateline enqueue: ${storeErrorMessage(store.message)}${at}\n`);
    return 1;
  }
  let unreadable = 0;
  try {
    const tasks: Task[] = [];
    if (values.reprocess) tasks.push({ kind: 'reprocess' });
    if (values['refresh-feeds'])
      for (const feed of await store.listFeeds()) tasks.push({ kind: 'refresh-feed', url: feed.url });
    for (const input of positionals) {
      const task = taskForInput(input, io.cwd ?? process.cwd());
      if (task.kind !== 'ingest-file') {
        tasks.push(task);
        continue;
      }
      const info = await stat(task.path).catch((error: NodeJS.ErrnoException) => error);
      if (info instanceof Error) {
        unreadable++;
        io.stderr.write(`dateline enqueue: ${notReadable(input, info).message}\n`);
      } else if (info.isDirectory()) {
        const onError = (path: string, error: Error): void => {
          unreadable++;
          io.stderr.write(
            `dateline enqueue: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? error.message}\n`,
          );
        };
        for await (const path of listInputFiles(task.path, onError)) tasks.push({ kind: 'ingest-file', path });
      } else tasks.push(task);
    }
    const result = await queue.enqueue(tasks.map((t) => newJob(t, maxAttempts)));
    const ids = result.ids.length ? ` (ids ${result.ids[0]}–${result.ids[result.ids.length - 1]})` : '';
    io.stdout.write(
      `dateline enqueue: ${result.ids.length} queued${ids}, ${result.pending} already queued or running` +
        (unreadable ? `, ${unreadable} unreadable` : '') +
        '\n',
    );
    return unreadable ? 1 : 0;
  } finally {
    await queue.close();
    await store.close();
  }
}

export async function run(argv: string[]): Promise<number> {
  return runEnqueueCommand(argv, { stdout: process.stdout, stderr: process.stderr });
}
