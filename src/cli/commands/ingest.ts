/**
 * `dateline ingest <input...> [--db path] [--allow-private] [--jobs N] [--max-bytes N]`: stores pages, feeds, sitemaps, WARC
 * files and OPML lists in the desk. Progress goes to stderr (a bar on a TTY, a line per page otherwise); a
 * summary lists every failure with its reason. Exit 0 all stored, 1 some input failed, 2 usage error, 130
 * interrupted.
 * Ctrl-C stops taking new pages and keeps everything stored; a second Ctrl-C quits at once.
 */
import { availableParallelism } from 'node:os';
import { DEFAULT_USER_AGENT } from '../../config/config.js';
import type { IngestSummary } from '../../ingest/pipeline/ingest-types.js';
import { reportUsageError } from '../usage-error.js';
import { parseCommandLine } from '../command-line.js';
import { formatSkipCounts, skipTally } from '../summary/skip-tally.js';

export interface IngestCommandIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

const HELP = `Usage: dateline ingest <input...> [options]

Inputs: files (.html, .htm, .html.gz, .txt, .xml, .rss, .atom, .json, .opml, .warc, .warc.gz), directories
(recursive), and URLs of pages, feeds (RSS, Atom, JSON Feed), sitemaps and OPML lists.

Options:
  --db <path>         SQLite database (default: $DATELINE_DB or ./data/dateline.db)
  --allow-private     allow URLs on loopback, private and link-local addresses
                      (also DATELINE_ALLOW_PRIVATE=true)
  --jobs <n>          pages processed at once (default 4)
  --threads <n>       worker threads for extraction and analysis (default 1: on the main thread;
                      this machine has ${availableParallelism()} cores)
  --refetch           fetch pages already stored again
  --max-bytes <n>     size limit per page, fetched or read, for extraction too
                      (default: $DATELINE_FETCH_MAX_BYTES or 20971520)
  --user-agent <ua>   User-Agent for fetches (default: $DATELINE_USER_AGENT or ${DEFAULT_USER_AGENT})
  -h, --help          this help

Exit status: 0 every input stored (or already stored), 1 some input failed, 2 usage error,
130 stopped by Ctrl-C (what was stored stays stored; run again to resume).
`;

/** The source of an entry of a local feed file (`feed.xml#3`); WARC records (`warc:…#3`) and URLs are not. */
const LOCAL_FEED_ENTRY = /^(?!warc:)(?![a-z][a-z0-9+.-]*:\/\/)[^#]+#\d+$/i;

/**
 * The summary block printed at the end (also used by `feeds refresh` and `demo`); `skipped` counts the skipped
 * pages by reason (see skip-tally.ts), listed after the failures.
 */
export function formatSummary(
  s: IngestSummary,
  name = 'ingest',
  skipped: ReadonlyMap<string, number> = new Map(),
): string {
  const lines = [
    `dateline ${name}: ${s.stored} stored (${s.created} new, ${s.updated} updated), ${s.unchanged} unchanged, ` +
      `${s.skipped} skipped, ${s.failed} failed in ${(s.elapsedMs / 1000).toFixed(1)}s` +
      (s.interrupted ? ' (interrupted: run again to resume)' : ''),
  ];
  for (const f of s.failures) lines.push(`  failed ${f.source}: ${f.reason}: ${f.message}`);
  // A local feed file's entries are read from the feed's own text (its links are not fetched), and an entry
  // with a one-line summary fails as having no article body, which reads as a broken page, not a thin feed.
  if (s.failures.some((f) => f.reason === 'not-an-article' && LOCAL_FEED_ENTRY.test(f.source)))
    lines.push(
      `  (entries of a local feed file are read from the feed's own text, and their links are not fetched: ingest the feed by its URL, or the pages themselves, to store the full articles)`,
    );
  lines.push(...formatSkipCounts(skipped));
  // The fetch message names the address but not the way round it; say it once, however many were refused.
  if (s.failures.some((f) => f.reason === 'blocked-address'))
    lines.push(
      `  (loopback, private and link-local addresses are refused: pass --allow-private or set DATELINE_ALLOW_PRIVATE=true to fetch them)`,
    );
  return lines.join('\n') + '\n';
}

const usageError = (io: IngestCommandIO, message: string): number => reportUsageError(io.stderr, 'ingest', message);

export async function runIngest(argv: string[], io: IngestCommandIO): Promise<number> {
  const parsed = parseCommandLine(
    'ingest',
    argv,
    {
      options: {
        db: { type: 'string' },
        'allow-private': { type: 'boolean' },
        jobs: { type: 'string' },
        threads: { type: 'string' },
        refetch: { type: 'boolean' },
        'max-bytes': { type: 'string' },
        'user-agent': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      help: HELP,
      allowPositionals: true,
    },
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (!positionals.length) return usageError(io, 'no input given');
  const jobs = values.jobs === undefined ? 4 : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
    return usageError(io, '--jobs takes a whole number from 1 to 64');
  const threads = values.threads === undefined ? 1 : Number(values.threads);
  if (!Number.isInteger(threads) || threads < 1 || threads > 64)
    return usageError(io, '--threads takes a whole number from 1 to 64');
  const maxBytesFlag = values['max-bytes'] === undefined ? undefined : Number(values['max-bytes']);
  if (maxBytesFlag !== undefined && (!Number.isSafeInteger(maxBytesFlag) || maxBytesFlag < 1))
    return usageError(io, '--max-bytes takes a positive number');

  const [
    { openConfiguredStore },
    { storyHook },
    { ingestSources },
    { progressBar, progressLogLine },
    { workerProcessor },
    { ingestFetchOptions },
  ] = await Promise.all([
    import('../open-configured-store.js'),
    import('../../stories/story-hook.js'),
    import('../../ingest/ingest-sources.js'),
    import('../../ingest/progress/progress-line.js'),
    import('../../ingest/pipeline/worker-processor.js'),
    import('../fetch-settings.js'),
  ]);
  const opened = await openConfiguredStore(values.db);
  if (!opened.ok) {
    if (opened.exitCode === 2) return usageError(io, opened.message);
    io.stderr.write(`dateline ingest: ${opened.message}\n`);
    return opened.exitCode;
  }
  const { store, config } = opened;
  // Stories: each stored article joins or starts a story, copies fold under their original.
  const afterStore = await storyHook(store);
  const controller = new AbortController();
  const onSigint = (): void => {
    if (controller.signal.aborted) process.exit(130);
    io.stderr.write('\ndateline ingest: stopping after the pages in flight (Ctrl-C again to quit now)\n');
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  const tty = io.stderr.isTTY === true;
  const fetchOptions = ingestFetchOptions(config.fetch, {
    allowPrivate: values['allow-private'],
    userAgent: values['user-agent'],
    maxBytes: maxBytesFlag,
  });
  // The size limit reaches extract too (in-process or on the worker threads): a page the fetch let through
  // must not then fail extract's own default.
  const processor = threads > 1 ? workerProcessor(threads, () => new Date(), fetchOptions.maxBytes) : undefined;
  const skips = skipTally();
  try {
    const summary = await ingestSources(
      positionals,
      { store, afterStore, ...(processor ? { processor } : {}) },
      {
        jobs,
        ...fetchOptions,
        refetch: values.refetch ?? false,
        signal: controller.signal,
        onProgress: (p) => {
          skips.note(p);
          if (tty) io.stderr.write(`\r\x1b[K${progressBar(p)}`);
          else {
            const line = progressLogLine(p);
            if (line) io.stderr.write(`${line}\n`);
          }
        },
      },
    );
    if (tty) io.stderr.write('\n');
    io.stderr.write(formatSummary(summary, 'ingest', skips.counts));
    // A directory with nothing to read under it is not an error (a spool a cron job empties), but say so.
    if (!summary.interrupted && summary.stored + summary.unchanged + summary.skipped + summary.failed === 0)
      io.stderr.write(
        `dateline ingest: no inputs found in ${positionals.join(', ')} (it reads page, feed, sitemap, OPML and WARC files)\n`,
      );
    // 130 is the shell's code for a run stopped by SIGINT, and it wins over a failure: the run is unfinished,
    // and a script that reruns on 130 must see it even when a page failed before the stop.
    return summary.interrupted ? 130 : summary.failed > 0 ? 1 : 0;
  } finally {
    process.off('SIGINT', onSigint);
    await processor?.close();
    await store.close();
  }
}

export async function run(argv: string[]): Promise<number> {
  return runIngest(argv, { stdout: process.stdout, stderr: process.stderr });
}
