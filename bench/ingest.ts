/**
 * Ingest benchmark (`npm run bench:ingest`): pages/s ingesting a directory of local page files into a fresh
 * SQLite store (read → extract → analyze → store → stories, the whole pipeline as `dateline ingest` runs it),
 * beside bare `extract()` over the same files in the same run (bytes already in memory), and the ratio between
 * them (target ≥ 80%). Beside them, bare `extract()` then `analyze()` (what ingest must do per page, since analysis
 * is stored at ingest): extract over that is the ceiling of the ratio, and ingest over it what reading, storing
 * and the story desk add.
 *
 * Both sides are compared at the same parallelism:
 * - single thread: bare extract() on this thread vs ingest with extract and analyze on this thread;
 * - pooled: bare extract() on the worker pool (`--threads N`, default the number of cores, with as many pages
 *   in flight as ingest's `--jobs`) vs ingest on the same pool.
 * Every side runs one untimed pass first (JIT, the gazetteer and tagger tables, worker start-up: a long batch
 * amortises them), then `--rounds R` (default 3) timed rounds, each running all four sides one after another,
 * so each round's ratios come from the same minutes of a busy machine. The median round is the headline; the
 * range shows the noise. A second ingest into each pooled store measures the resume path (all stored).
 * Each side's CPU time per page (all threads of the process, `process.cpuUsage`) is reported too: other
 * processes' load barely moves it, so its ratios are the steadier measure of what the pipeline adds: bare
 * extract's CPU over ingest's, and extract()+analyze()'s over ingest's (what reading, storing and the story desk
 * cost beside the work ingest must do, in CPU time rather than in pages/s). On the pool, this thread's own CPU time
 * per page is reported apart (Linux): the main thread's work competes with the workers for the cores.
 * Warmth, not memos, is what separates the single-thread and pooled analysis figures. Analysis gets cheaper pass
 * after pass over the same pages as V8 tiers the code up (regexps included): single thread, CPU ms per page for
 * analyze(), passes 1-6 over the 86 pages, 17.5, 17.5, 12.6, 12.6, 13.3, 7.9; on the pool 20.3 (second pass),
 * 17.5, 14.2, 16.7, 10.6 (loaded 2-core box). Pages seen before are not what makes it cheap: after five passes
 * over one half of the pages, the other half cost no more on its first pass than on its second (10.8 and 12.2
 * against 14.1 and 13.4 ms). A pool's workers are isolates of their own, each seeing only its share of the pages,
 * so after the same rounds they are less warm than this thread was (the pool's 17.6 ms against 8.7 of an earlier
 * session). So before the rounds, the pool runs extract+analyze over the pages twice more for every worker beyond
 * the first: when the rounds begin, each worker has analysed as many articles as this thread (each round then
 * adds half as many to each of two workers as to this thread). Both then measure close to a long batch's steady
 * state, which `dateline ingest` reaches after a few hundred pages.
 * It runs under the `dateline` command's Node flags (bin/dateline.js), as `dateline ingest` does; V8's default young
 * generation made both sides slower (bare extract 162 -> 114 pages/s, ingest 65 -> 51) and the ratio no different.
 * Input: the Scrapinghub development pages (`../shared/data/scrapinghub-dev/html/*.html.gz`) when present,
 * else the bundled `sample-corpus/`. `--json` prints JSON; it is always written to .bench-out/ingest.json.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze/analyze.js';
import { extract } from '../src/extract/extract.js';
import { ingestSources, type DocumentProcessor, type IngestSummary } from '../src/ingest/ingest-sources.js';
import { workerProcessor } from '../src/ingest/pipeline/worker-processor.js';
import { openStore } from '../src/store/open-store.js';
import { storyHook } from '../src/stories/story-hook.js';
import { rerunWithDatelineFlags } from './lib/node-flags.js';

rerunWithDatelineFlags();

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const asJson = argv.includes('--json');
const numberArg = (name: string, fallback: number): number => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const jobs = numberArg('--jobs', 4);
const threads = numberArg('--threads', availableParallelism());
const rounds = Math.max(1, numberArg('--rounds', 3));

const scrapinghub = join(root, '../shared/data/scrapinghub-dev/html');
const dir = existsSync(scrapinghub) ? scrapinghub : join(root, 'sample-corpus');
const pageFiles = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(html?|html?\.gz|txt)$/i.test(f))
  .map((f) => join(dir, f));
const inputs = pageFiles.map((f) => readFileSync(f));
const pool = workerProcessor(threads, () => new Date());

/** extract() as ingest calls it; a throw (a bug in a stage) counts as a miss, as ingest records it. */
function bareExtract(bytes: Uint8Array): boolean {
  try {
    return extract({ bytes }, { now: new Date() }).ok;
  } catch {
    return false;
  }
}

/** extract() then analyze(), as ingest runs them on a page it stores. */
function bareExtractAnalyze(bytes: Uint8Array): boolean {
  try {
    const outcome = extract({ bytes }, { now: new Date() });
    if (outcome.ok) analyze(outcome.article, {});
    return outcome.ok;
  } catch {
    return false;
  }
}

/** Pages per second of `n` pages in `ms`, one decimal. */
const rate = (n: number, ms: number): number => Math.round((n / ms) * 1000 * 10) / 10;

/** A side's speed: wall-clock pages/s, CPU ms per page (every thread of this process) and of this thread alone. */
interface Speed {
  pagesPerSec: number;
  cpuMsPerPage: number;
  /** This thread's part: on the pool, what reading, storing, the story desk and messaging the workers cost. */
  mainCpuMsPerPage: number | null;
}

/**
 * CPU ms this thread has run, from Linux's /proc/thread-self/stat (user and system time, in clock ticks of 10 ms:
 * about 0.1 ms a page over the 86 pages); null where there is no such file. process.cpuUsage counts every thread.
 */
function threadCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

async function timed(run: () => Promise<unknown> | unknown): Promise<Speed> {
  const cpu0 = process.cpuUsage();
  const main0 = threadCpuMs();
  const t0 = performance.now();
  await run();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const main1 = threadCpuMs();
  const perPage = (msTotal: number): number => Math.round((msTotal / inputs.length) * 100) / 100;
  return {
    pagesPerSec: rate(inputs.length, ms),
    cpuMsPerPage: perPage((cpu.user + cpu.system) / 1000),
    mainCpuMsPerPage: main0 === null || main1 === null ? null : perPage(main1 - main0),
  };
}

function bareSingle(): void {
  for (const bytes of inputs) bareExtract(bytes);
}

function bareBothSingle(): void {
  for (const bytes of inputs) bareExtractAnalyze(bytes);
}

/** Bare extract() on the pool (then analyze() on it with `analyzeToo`), `jobs` pages in flight as ingest keeps them. */
async function barePooled(analyzeToo = false): Promise<void> {
  let next = 0;
  const page = async (bytes: Uint8Array): Promise<void> => {
    const outcome = await pool.extract({ bytes });
    if (analyzeToo && outcome.ok) await pool.analyze(outcome.article);
  };
  const lane = async (): Promise<void> => {
    while (next < inputs.length) await page(inputs[next++]!).catch(() => null);
  };
  await Promise.all(Array.from({ length: jobs }, lane));
}

interface IngestRun {
  speed: Speed;
  first: IngestSummary;
  /** The second ingest of the same directory into the same store: everything found stored. */
  resume?: Speed;
}

/** Ingests the directory into a fresh store (opening it is not timed); `resume` ingests it a second time. */
async function ingestOnce(processor: DocumentProcessor | undefined, resume: boolean): Promise<IngestRun> {
  const tmp = mkdtempSync(join(tmpdir(), 'dateline-bench-ingest-'));
  const store = await openStore({ kind: 'sqlite', path: join(tmp, 'bench.db') });
  try {
    // As `dateline ingest` runs it: each stored article goes on to the story desk.
    const deps = { store, afterStore: await storyHook(store), ...(processor ? { processor } : {}) };
    let first: IngestSummary | undefined;
    const speed = await timed(async () => (first = await ingestSources([dir], deps, { jobs })));
    const run: IngestRun = { speed, first: first! };
    if (resume) run.resume = await timed(() => ingestSources([dir], deps, { jobs }));
    return run;
  } finally {
    await store.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

interface Round {
  bareSingle: number;
  bothSingle: number;
  ingestSingle: number;
  barePooled: number;
  bothPooled: number;
  ingestPooled: number;
  resumePooled: number;
  ratioSingle: number;
  ratioPooled: number;
  /** extract over extract + analyze: the most ingest's ratio can reach while it analyses every page. */
  ceilingSingle: number;
  ceilingPooled: number;
  /** ingest over extract + analyze: what reading, storing and stories cost beside the work ingest must do. */
  ingestOverBothSingle: number;
  ingestOverBothPooled: number;
  /** CPU ms per page of each side, bare extract's CPU time over ingest's, and extract()+analyze()'s over ingest's. */
  cpuBareSingle: number;
  cpuBothSingle: number;
  cpuIngestSingle: number;
  cpuBarePooled: number;
  cpuBothPooled: number;
  cpuIngestPooled: number;
  cpuRatioSingle: number;
  cpuRatioPooled: number;
  cpuBothOverIngestSingle: number;
  cpuBothOverIngestPooled: number;
  /** This thread's CPU ms per page on the pool: bare extract()+analyze() (messaging only) and ingest. */
  mainCpuBothPooled: number;
  mainCpuIngestPooled: number;
  stored: number;
  failed: number;
}

const ratio = (a: number, b: number): number => Math.round((a / b) * 1000) / 1000;

async function round(): Promise<Round> {
  const bs = await timed(bareSingle);
  const ba = await timed(bareBothSingle);
  const is = await ingestOnce(undefined, false);
  const bp = await timed(() => barePooled());
  const bap = await timed(() => barePooled(true));
  const ip = await ingestOnce(pool, true);
  return {
    bareSingle: bs.pagesPerSec,
    bothSingle: ba.pagesPerSec,
    ingestSingle: is.speed.pagesPerSec,
    barePooled: bp.pagesPerSec,
    bothPooled: bap.pagesPerSec,
    ingestPooled: ip.speed.pagesPerSec,
    resumePooled: ip.resume!.pagesPerSec,
    ratioSingle: ratio(is.speed.pagesPerSec, bs.pagesPerSec),
    ratioPooled: ratio(ip.speed.pagesPerSec, bp.pagesPerSec),
    ceilingSingle: ratio(ba.pagesPerSec, bs.pagesPerSec),
    ceilingPooled: ratio(bap.pagesPerSec, bp.pagesPerSec),
    ingestOverBothSingle: ratio(is.speed.pagesPerSec, ba.pagesPerSec),
    ingestOverBothPooled: ratio(ip.speed.pagesPerSec, bap.pagesPerSec),
    cpuBareSingle: bs.cpuMsPerPage,
    cpuBothSingle: ba.cpuMsPerPage,
    cpuIngestSingle: is.speed.cpuMsPerPage,
    cpuBarePooled: bp.cpuMsPerPage,
    cpuBothPooled: bap.cpuMsPerPage,
    cpuIngestPooled: ip.speed.cpuMsPerPage,
    cpuRatioSingle: ratio(bs.cpuMsPerPage, is.speed.cpuMsPerPage),
    cpuRatioPooled: ratio(bp.cpuMsPerPage, ip.speed.cpuMsPerPage),
    cpuBothOverIngestSingle: ratio(ba.cpuMsPerPage, is.speed.cpuMsPerPage),
    cpuBothOverIngestPooled: ratio(bap.cpuMsPerPage, ip.speed.cpuMsPerPage),
    mainCpuBothPooled: bap.mainCpuMsPerPage ?? NaN,
    mainCpuIngestPooled: ip.speed.mainCpuMsPerPage ?? NaN,
    stored: ip.first.stored,
    failed: ip.first.failed,
  };
}

await round(); // warm-up: JIT, tables, worker start-up
// Each worker warms only on its share of the pages: two passes more per extra worker (see the header).
for (let i = 1; i < threads; i++) for (let pass = 0; pass < 2; pass++) await barePooled(true);
const measured: Round[] = [];
try {
  for (let r = 0; r < rounds; r++) measured.push(await round());
} finally {
  await pool.close();
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const spread = (key: keyof Round) => {
  const xs = measured.map((r) => r[key]);
  return { median: Math.round(median(xs) * 1000) / 1000, min: Math.min(...xs), max: Math.max(...xs) };
};
const result = {
  corpus: dir,
  pages: inputs.length,
  jobs,
  threads,
  rounds: measured,
  bareSingle: spread('bareSingle'),
  bothSingle: spread('bothSingle'),
  ingestSingle: spread('ingestSingle'),
  barePooled: spread('barePooled'),
  bothPooled: spread('bothPooled'),
  ingestPooled: spread('ingestPooled'),
  resumePooled: spread('resumePooled'),
  ratioSingle: spread('ratioSingle'),
  ratioPooled: spread('ratioPooled'),
  ceilingSingle: spread('ceilingSingle'),
  ceilingPooled: spread('ceilingPooled'),
  ingestOverBothSingle: spread('ingestOverBothSingle'),
  ingestOverBothPooled: spread('ingestOverBothPooled'),
  cpuBareSingle: spread('cpuBareSingle'),
  cpuBothSingle: spread('cpuBothSingle'),
  cpuIngestSingle: spread('cpuIngestSingle'),
  cpuBarePooled: spread('cpuBarePooled'),
  cpuBothPooled: spread('cpuBothPooled'),
  cpuIngestPooled: spread('cpuIngestPooled'),
  cpuRatioSingle: spread('cpuRatioSingle'),
  cpuRatioPooled: spread('cpuRatioPooled'),
  cpuBothOverIngestSingle: spread('cpuBothOverIngestSingle'),
  cpuBothOverIngestPooled: spread('cpuBothOverIngestPooled'),
  mainCpuBothPooled: spread('mainCpuBothPooled'),
  mainCpuIngestPooled: spread('mainCpuIngestPooled'),
  target: 0.8,
};
mkdirSync(join(root, '.bench-out'), { recursive: true });
writeFileSync(join(root, '.bench-out', 'ingest.json'), JSON.stringify(result, null, 2));

if (asJson) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
else {
  const last = measured[measured.length - 1]!;
  const line = (label: string, s: { median: number; min: number; max: number }, unit = 'pages/s'): string =>
    `  ${label.padEnd(34)} ${String(s.median).padStart(6)} ${unit} (${s.min}–${s.max})\n`;
  const pct = (s: { median: number; min: number; max: number }): string =>
    `${(s.median * 100).toFixed(1)}% (${(s.min * 100).toFixed(1)}–${(s.max * 100).toFixed(1)}%)`;
  process.stdout.write(`bench:ingest — ${result.pages} pages from ${dir}, ${rounds} rounds after a warm-up\n`);
  process.stdout.write(`  (median, then the range over rounds; ${last.stored} stored, ${last.failed} failed)\n`);
  process.stdout.write(line('bare extract(), 1 thread', result.bareSingle));
  process.stdout.write(line('bare extract()+analyze(), 1 thread', result.bothSingle));
  process.stdout.write(line('ingest, 1 thread', result.ingestSingle));
  process.stdout.write(line(`bare extract(), ${threads} worker threads`, result.barePooled));
  process.stdout.write(line(`bare extract()+analyze(), ${threads} threads`, result.bothPooled));
  process.stdout.write(line(`ingest, ${threads} worker threads`, result.ingestPooled));
  process.stdout.write(line(`resume (all stored), ${threads} threads`, result.resumePooled));
  process.stdout.write(`  ratio ingest/extract, 1 thread      ${pct(result.ratioSingle)}\n`);
  process.stdout.write(`  ratio ingest/extract, ${threads} threads     ${pct(result.ratioPooled)} (target ≥ 80%)\n`);
  process.stdout.write(`  ceiling (extract+analyze)/extract, 1 thread  ${pct(result.ceilingSingle)}\n`);
  process.stdout.write(`  ceiling (extract+analyze)/extract, ${threads} threads ${pct(result.ceilingPooled)}\n`);
  process.stdout.write(`  ingest/(extract+analyze), 1 thread  ${pct(result.ingestOverBothSingle)}\n`);
  process.stdout.write(`  ingest/(extract+analyze), ${threads} threads ${pct(result.ingestOverBothPooled)}\n`);
  process.stdout.write('  CPU ms per page (all threads):\n');
  process.stdout.write(line('bare extract(), 1 thread', result.cpuBareSingle, 'ms'));
  process.stdout.write(line('bare extract()+analyze(), 1 thread', result.cpuBothSingle, 'ms'));
  process.stdout.write(line('ingest, 1 thread', result.cpuIngestSingle, 'ms'));
  process.stdout.write(line(`bare extract(), ${threads} worker threads`, result.cpuBarePooled, 'ms'));
  process.stdout.write(line(`bare extract()+analyze(), ${threads} threads`, result.cpuBothPooled, 'ms'));
  process.stdout.write(line(`ingest, ${threads} worker threads`, result.cpuIngestPooled, 'ms'));
  process.stdout.write(`  CPU ratio extract/ingest, 1 thread  ${pct(result.cpuRatioSingle)}\n`);
  process.stdout.write(`  CPU ratio extract/ingest, ${threads} threads ${pct(result.cpuRatioPooled)}\n`);
  process.stdout.write(`  CPU ratio (extract+analyze)/ingest, 1 thread  ${pct(result.cpuBothOverIngestSingle)}\n`);
  process.stdout.write(
    `  CPU ratio (extract+analyze)/ingest, ${threads} threads ${pct(result.cpuBothOverIngestPooled)}\n`,
  );
  process.stdout.write('  CPU ms per page of this thread alone (the workers aside):\n');
  process.stdout.write(line(`bare extract()+analyze(), ${threads} threads`, result.mainCpuBothPooled, 'ms'));
  process.stdout.write(line(`ingest, ${threads} worker threads`, result.mainCpuIngestPooled, 'ms'));
}
