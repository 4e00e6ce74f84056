/**
 * `dateline reprocess [--db path]`: re-extracts and re-analyses every stored raw page with the current
 * pipeline, with progress on stderr. Exit 0 all reprocessed, 1 some page failed, 2 usage error.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

const HELP = `Usage: dateline reprocess [--db path]

Re-extracts and re-analyses every stored raw page (after upgrading Dateline).
  --db <path>   SQLite database (default: $DATELINE_DB or ./data/dateline.db)
`;

export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (err) {
    process.stderr.write(`dateline reprocess: ${(err as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const dbPath = parsed.values.db ?? process.env.DATELINE_DB ?? './data/dateline.db';
  if (!existsSync(dbPath)) {
    process.stderr.write(`dateline reprocess: no database at ${dbPath}\n`);
    return 2;
  }
  const [{ openStore }, { reprocessStore }, { progressBar, progressLogLine }] = await Promise.all([
    import('../../store/open-store.js'),
    import('../../ingest/reprocess-store.js'),
    import('../../ingest/progress/progress-line.js'),
  ]);
  const store = await openStore({ kind: 'sqlite', path: dbPath });
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
    process.stderr.write(
      `dateline reprocess: ${summary.reprocessed} reprocessed, ${summary.failed} failed in ${(summary.elapsedMs / 1000).toFixed(1)}s${summary.interrupted ? ' (interrupted)' : ''}\n`,
    );
    for (const f of summary.failures) process.stderr.write(`  failed ${f.source}: ${f.reason}: ${f.message}\n`);
    return summary.failed ? 1 : 0;
  } finally {
    process.off('SIGINT', onSigint);
    await store.close();
  }
}
