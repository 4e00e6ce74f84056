/**
 * `dateline demo`: builds ./data/demo.db from the bundled sample corpus and the reference text dump, then
 * serves it on port 8080 (PORT changes it) and prints the URL. `npm start` runs this.
 */
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseErrorMessage, portOption } from '../command-line.js';
import { reportUsageError } from '../usage-error.js';
import { listenProblem, serveDesk } from './serve.js';

const DEMO_DB = './data/demo.db';
const HOST = '127.0.0.1';

const HELP = `Usage: dateline demo [--port N]

Builds ./data/demo.db afresh from the bundled sample corpus (and ../shared/data/seed/kim-putin-train.txt when it
is there) and serves it at http://127.0.0.1:8080/.

Options:
  --port N     port to listen on (default: $PORT or 8080)
  -h, --help   this help

Exit status: 0 stopped by Ctrl-C or SIGTERM, 1 cannot listen, 2 usage error.
`;

export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: false,
    }));
  } catch (err) {
    return reportUsageError(process.stderr, 'demo', parseErrorMessage(err, false));
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const port = portOption(values.port, process.env.PORT);
  if (typeof port === 'string') return reportUsageError(process.stderr, 'demo', port);
  // Rebuilding first would delete the database under a demo already serving on this port, then fail to listen.
  const problem = await listenProblem({ host: HOST, port });
  if (problem) {
    process.stderr.write(`dateline demo: ${problem}\n`);
    return 1;
  }
  const { demoBuilder } = await import('./serve-ingest.js');
  const build = await demoBuilder();
  if (!build) {
    process.stderr.write('dateline demo: this build has no demo builder (src/ingest/demo)\n');
    return 1;
  }
  // A fresh desk each time: the demo shows what the current pipeline makes of the corpus.
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${DEMO_DB}${suffix}`, { force: true });
  process.stdout.write('Building the demo desk from the sample corpus…\n');
  const summary = await build(DEMO_DB);
  if (summary) process.stdout.write(`${summary}\n`);
  return serveDesk({ dbPath: DEMO_DB, sqliteOnly: true, host: HOST, port, banner: 'Demo desk ready.' });
}
