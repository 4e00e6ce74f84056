/**
 * `dateline demo`: builds ./data/demo.db from the bundled sample corpus and the reference text dump, then
 * serves it on port 8080 (PORT changes it) and prints the URL. `npm start` runs this.
 */
import { rmSync } from 'node:fs';
import { serveDesk } from './serve.js';

const DEMO_DB = './data/demo.db';

export async function run(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(
      'Usage: dateline demo\n\nBuilds ./data/demo.db from the sample corpus and serves it (PORT, default 8080).\n',
    );
    return 0;
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
  const port = Number(process.env.PORT ?? '8080');
  return serveDesk({
    dbPath: DEMO_DB,
    sqliteOnly: true,
    host: '127.0.0.1',
    port: Number.isInteger(port) ? port : 8080,
    banner: 'Demo desk ready.',
  });
}
