/**
 * `dateline reprocess [--db path]`: re-extracts and re-analyses every stored raw page with the current
 * pipeline, with progress on stderr. Exit 0 all reprocessed, 1 some page failed, 2 usage error.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseErrorMessage } from '../command-line.js';
import { reportUsageError } from '../usage-error.js';

const HELP = `Usage: dateline reprocess [--db path]

Re-extracts and re-analyses every stored raw page (after upgrading Dateline), then rebuilds the stories.
Nothing is fetched. With DATELINE_PG_URL set, the PostgreSQL store is reprocessed. A stored "article" whose
raw page is a feed, a sitemap, an OPML list or a WARC archive (older versions stored some as articles) is
removed, and listed in the summary.

Options:
  --db <path>   SQLite database (default: $DATELINE_DB or ./data/dateline.db)
  -h, --help    this help

Exit status: 0 every page reprocessed (or removed), 1 some page failed or the database could not be opened,
2 usage error or no database.
`;

export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (err) {
    return reportUsageError(process.stderr, 'reprocess', parseErrorMessage(err, false));
  }
  if (parsed.values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const dbPath = parsed.values.db ?? process.env.DATELINE_DB;
  if (!process.env.DATELINE_PG_URL && !existsSync(dbPath ?? './data/dateline.db')) {
    process.stderr.write(`dateline reprocess: no database at ${dbPath ?? './data/dateline.db'}\n`);
    return 2;
  }
  const [{ openConfiguredStore }, { reprocessStore, describeKind }, { progressBar, progressLogLine }, { StoryDesk }] =
    await Promise.all([
      import('../open-configured-store.js'),
      import('../../ingest/reprocess-store.js'),
      import('../../ingest/progress/progress-line.js'),
      import('../../stories/desk.js'),
    ]);
  const opened = await openConfiguredStore(parsed.values.db);
  if (!opened.ok) {
    process.stderr.write(`dateline reprocess: ${opened.message}\n`);
    return opened.exitCode;
  }
  const { store } = opened;
  const controller = new AbortController();
  const onSigint = (): void => controller.abort();
  process.once('SIGINT', onSigint);
  const tty = process.stderr.isTTY === true;
  try {
    const summary = await reprocessStore(
      { store },
      {
        signal: controller.signal,
        onProgress: (p) => {
          if (tty) process.stderr.write(`\r\x1b[K${progressBar(p)}`);
          else {
            const line = progressLogLine(p);
            if (line) process.stderr.write(`${line}\n`);
          }
        },
      },
    );
    if (tty) process.stderr.write('\n');
    // Re-extracted text and entities can move articles between stories: rebuild them all from the store.
    if (!summary.interrupted) await StoryDesk.open(store);
    process.stderr.write(
      `dateline reprocess: ${summary.reprocessed} reprocessed, ${summary.removed.length} removed (not articles), ${summary.failed} failed in ${(summary.elapsedMs / 1000).toFixed(1)}s${summary.interrupted ? ' (interrupted)' : ''}\n`,
    );
    for (const r of summary.removed)
      process.stderr.write(`  removed ${r.source}: ${describeKind(r.kind)} (stored as one by an older version)\n`);
    for (const f of summary.failures) process.stderr.write(`  failed ${f.source}: ${f.reason}: ${f.message}\n`);
    return summary.failed ? 1 : 0;
  } finally {
    process.off('SIGINT', onSigint);
    await store.close();
  }
}
