/**
 * Ingest benchmark (`npm run bench:ingest`): pages/s ingesting a directory of local page files into a fresh
 * SQLite store (read → extract → analyze → store, the whole pipeline), beside bare `extract()` over the same
 * files in the same run (bytes already in memory), and the ratio between them (target ≥ 80%). A second
 * ingest of the same directory measures the resume path (everything stored, nothing changed).
 * Input: the Scrapinghub development pages (`../shared/data/scrapinghub-dev/html/*.html.gz`) when present,
 * else the bundled `sample-corpus/`. `--json` prints JSON; `--jobs N` sets ingest's concurrency (default 4);
 * `--threads N` the worker threads extract and analyze run on (default: the number of cores). The in-process
 * pipeline (no worker threads) is measured too, so the threads' share of the speed is visible.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/extract/extract.js';
import { ingestSources, type IngestSummary } from '../src/ingest/ingest-sources.js';
import { workerProcessor } from '../src/ingest/pipeline/worker-processor.js';
import { openStore } from '../src/store/open-store.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const asJson = argv.includes('--json');
const jobsArg = argv.indexOf('--jobs');
const jobs = jobsArg >= 0 ? Number(argv[jobsArg + 1]) : 4;
const threadsArg = argv.indexOf('--threads');
const threads = threadsArg >= 0 ? Number(argv[threadsArg + 1]) : availableParallelism();

const scrapinghub = join(root, '../shared/data/scrapinghub-dev/html');
const dir = existsSync(scrapinghub) ? scrapinghub : join(root, 'sample-corpus');
const pageFiles = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(html?|html?\.gz|txt)$/i.test(f))
  .map((f) => join(dir, f));

// Bare extract: bytes in memory, the same options ingest passes.
const inputs = pageFiles.map((f) => readFileSync(f));
/** extract() as ingest calls it; a throw (a bug in a stage) counts as a miss, as ingest records it. */
function bareExtract(bytes: Uint8Array): boolean {
  try {
    return extract({ bytes }, { now: new Date() }).ok;
  } catch {
    return false;
  }
}
for (const bytes of inputs.slice(0, 3)) bareExtract(bytes);
let extracted = 0;
const t0 = performance.now();
for (const bytes of inputs) if (bareExtract(bytes)) extracted++;
const extractMs = performance.now() - t0;

/** Ingests the directory twice into a fresh store: the first run stores, the second finds it all stored. */
async function ingestTwice(threaded: boolean): Promise<[IngestSummary, IngestSummary]> {
  const tmp = mkdtempSync(join(tmpdir(), 'dateline-bench-ingest-'));
  const store = await openStore({ kind: 'sqlite', path: join(tmp, 'bench.db') });
  const processor = threaded ? workerProcessor(threads, () => new Date()) : undefined;
  // Worker start-up (module loading) is a fixed cost, paid before the clock starts as a long batch would amortise it.
  if (processor)
    await Promise.all(inputs.slice(0, threads).map((bytes) => processor.extract({ bytes }).catch(() => null)));
  try {
    const deps = { store, ...(processor ? { processor } : {}) };
    return [await ingestSources([dir], deps, { jobs }), await ingestSources([dir], deps, { jobs })];
  } finally {
    await processor?.close();
    await store.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
const [inProcess] = await ingestTwice(false);
const [first, second] = await ingestTwice(true);

const pagesPerSec = (n: number, ms: number): number => Math.round((n / ms) * 1000 * 10) / 10;
const extractRate = pagesPerSec(inputs.length, extractMs);
const ingestRate = pagesPerSec(inputs.length, first.elapsedMs);
const result = {
  corpus: dir,
  pages: inputs.length,
  jobs,
  extract: { ok: extracted, ms: Math.round(extractMs), pagesPerSec: extractRate },
  ingestInProcess: { ms: inProcess.elapsedMs, pagesPerSec: pagesPerSec(inputs.length, inProcess.elapsedMs) },
  ingest: {
    threads,
    stored: first.stored,
    failed: first.failed,
    ms: first.elapsedMs,
    pagesPerSec: ingestRate,
    articlesPerSec: pagesPerSec(first.stored, first.elapsedMs),
  },
  resume: {
    unchanged: second.unchanged,
    ms: second.elapsedMs,
    pagesPerSec: pagesPerSec(inputs.length, second.elapsedMs),
  },
  ratio: Math.round((ingestRate / extractRate) * 1000) / 1000,
  target: 0.8,
};

if (asJson) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
else {
  process.stdout.write(`bench:ingest — ${result.pages} pages from ${dir}\n`);
  process.stdout.write(`  bare extract()      ${extractRate} pages/s (${result.extract.ok} articles)\n`);
  process.stdout.write(`  ingest, 1 thread     ${result.ingestInProcess.pagesPerSec} pages/s\n`);
  process.stdout.write(
    `  ingest, ${threads} threads    ${ingestRate} pages/s, ${result.ingest.articlesPerSec} articles/s stored (${first.stored} stored, ${first.failed} failed)\n`,
  );
  process.stdout.write(`  resume (all stored) ${result.resume.pagesPerSec} pages/s (${second.unchanged} unchanged)\n`);
  process.stdout.write(`  ratio ingest/extract ${(result.ratio * 100).toFixed(1)}% (target ≥ 80%)\n`);
}
