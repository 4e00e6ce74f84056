/**
 * `dateline jobs [--failed N] [--retry-failed] [--purge-done DAYS] [--json]`: the queue at a glance: jobs by
 * state, then the failed ones with their errors. `--retry-failed` queues every failed job again with a fresh
 * attempt budget; `--purge-done` deletes old done jobs (the table would otherwise keep every job ever run).
 * Exit 0, or 2 on a usage or configuration error (a SQLite desk has no queue).
 */
import type { Job } from '../../queue/job.js';
import { parseConfig, redactUrl, type Config } from '../../config/config.js';
import { reportUsageError } from '../usage-error.js';
import { parseCommandLine, storeErrorMessage, wholeNumber } from '../command-line.js';

export interface JobsCommandIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env?: Readonly<Record<string, string | undefined>>;
}

const HELP = `Usage: dateline jobs [options]

Shows the job queue in PostgreSQL (DATELINE_PG_URL): how many jobs are queued, running, done and failed,
and the failed jobs with their errors.

Options:
  --failed <n>      failed jobs listed (default 20; 0 for none)
  --retry-failed    queue every failed job again, with a fresh attempt budget
  --purge-done <d>  delete done jobs finished more than <d> days ago (0: all of them)
  --json            print {counts, failed} as JSON
  -h, --help        this help

Exit status: 0 ok, 1 the database unreachable, 2 usage or configuration error (SQLite desks included).
`;

const usageError = (io: JobsCommandIO, message: string): number => reportUsageError(io.stderr, 'jobs', message);

function describe(job: Job): string {
  const error = (job.lastError ?? '(no error kept)').split('\n').join('\n      ');
  const source = JSON.stringify(job.payload);
  return (
    `  #${job.id} ${job.kind} ${source.length > 160 ? `${source.slice(0, 160)}…` : source}\n` +
    `      after ${job.attempts} of ${job.maxAttempts} attempts, ${job.finishedAt ?? job.updatedAt}\n      ${error}`
  );
}

export async function runJobsCommand(argv: string[], io: JobsCommandIO): Promise<number> {
  const parsed = parseCommandLine(
    'jobs',
    argv,
    {
      options: {
        failed: { type: 'string' },
        'retry-failed': { type: 'boolean' },
        'purge-done': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      help: HELP,
    },
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const limit = wholeNumber(values.failed, 20, 0, 1000);
  if (limit === null) return usageError(io, '--failed takes a whole number from 0 to 1000');
  const purgeText = values['purge-done'];
  const purgeDays = purgeText === undefined ? null : /^\d+$/.test(purgeText) ? Number(purgeText) : NaN;
  if (purgeDays !== null && !(purgeDays >= 0 && purgeDays <= 36_500))
    return usageError(io, '--purge-done takes a whole number of days from 0 to 36500');
  const config = parseConfig(io.env ?? process.env);
  if (!config.ok) return usageError(io, config.errors.join('\n'));
  const [{ openQueue }, { openStore }] = await Promise.all([
    import('../../queue/open-queue.js'),
    import('../../store/open-store.js'),
  ]);
  const opened = await openQueue(config.config);
  if (!opened.ok) return usageError(io, opened.message);
  const { queue } = opened;
  try {
    // Migrations first: on a desk no worker has opened yet, the jobs table may not exist.
    await (await openStore(config.config.store)).close();
    if (purgeDays !== null)
      io.stdout.write(`dateline jobs: ${await queue.purgeDone(purgeDays * 86_400_000)} done jobs deleted\n`);
    if (values['retry-failed'])
      io.stdout.write(`dateline jobs: ${await queue.retryFailed()} failed jobs queued again\n`);
    const [counts, failed] = await Promise.all([queue.counts(), limit ? queue.failedJobs(limit) : []]);
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ counts, failed }, null, 2)}\n`);
      return 0;
    }
    const waiting = counts.delayed ? ` (${counts.delayed} waiting to retry)` : '';
    io.stdout.write(
      `jobs: ${counts.queued} queued${waiting}, ${counts.running} running, ${counts.done} done, ${counts.failed} failed\n`,
    );
    if (failed.length) io.stdout.write(`failed (newest first):\n${failed.map(describe).join('\n')}\n`);
    return 0;
  } catch (error) {
    io.stderr.write(`dateline jobs: ${storeErrorMessage((error as Error).message)}${storeNamed(config.config)}\n`);
    return 1;
  } finally {
    await queue.close();
  }
}

export async function run(argv: string[]): Promise<number> {
  return runJobsCommand(argv, { stdout: process.stdout, stderr: process.stderr });
}

/** " (at postgres://…)" with the password redacted: "connect ECONNREFUSED" alone does not say which database. */
function storeNamed(config: Config): string {
  return config.store.kind === 'postgres' ? ` (at ${redactUrl(config.store.url)})` : '';
}
