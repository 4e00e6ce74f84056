/**
 * Extraction benchmark (`npm run bench:extract`): Dateline against Mozilla Readability on linkedom and on
 * jsdom, in one process and one run, over
 * - the Scrapinghub development pages, scored exactly as their README defines (bench/lib/shingle-score.ts):
 *   F1, precision, recall, accuracy;
 * - Readability's test pages: agreement with the expected title, byline, excerpt, site name, published time.
 * Speed (parse + extract + text, HTML in memory) is measured in its own phase, after the quality passes: Dateline
 * and Readability on linkedom are both warmed up over every page, then timed page by page in turn for several
 * rounds (bench/lib/interleaved.ts). The headline figure is the ratio of their pages/s, pooled over the rounds,
 * with each round's ratio to show the noise of a shared machine, and the ratio of their CPU time as a steadier
 * cross-check. The quality passes also time each extractor once, one after the other and barely warmed up (the
 * "first pass" columns, jsdom's only figures): those are skewed by JIT warm-up and by load that comes and goes
 * between phases, so no ratio is taken from them.
 * Dateline runs first, before the peers' modules are even imported, and its peak RSS is the process's maximum
 * resident set (getrusage) right after its Scrapinghub run: its own, plus the runtime and the compressed corpus.
 * The peers' figures are RSS sampled after each page, and include what earlier phases left behind.
 * Prints a table; `--json` prints JSON instead. The JSON is always written to .bench-out/extract.json.
 * `--skip-jsdom` leaves out the slow jsdom run; `--pages N` limits each corpus to N pages; `--warmup N` sets the
 * pages each extractor runs untimed before its first pass (3); `--rounds N` the timed speed rounds (5).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dateline, loadPeers, READABILITY_LINKEDOM, type Extractor } from './lib/extractors.js';
import { interleaved } from './lib/interleaved.js';
import { Agreement } from './lib/metadata-agreement.js';
import { loadReadabilityPages } from './lib/readability-pages.js';
import { loadScrapinghub } from './lib/scrapinghub.js';
import { scoreCorpus, scorePage, type CorpusScore } from './lib/shingle-score.js';
import { Timer } from './lib/timing.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const asJson = argv.includes('--json');
const limitArg = argv.indexOf('--pages');
const limit = limitArg >= 0 ? Number(argv[limitArg + 1]) : Infinity;
const warmupArg = argv.indexOf('--warmup');
const WARMUP = warmupArg >= 0 ? Number(argv[warmupArg + 1]) : 3;
const roundsArg = argv.indexOf('--rounds');
const ROUNDS = roundsArg >= 0 ? Number(argv[roundsArg + 1]) : 5;
const rssMiB = (): number => (process.resourceUsage().maxRSS * 1024) / 2 ** 20;

const sh = loadScrapinghub()?.slice(0, limit) ?? [];
// Loaded after the first timed run, so that its peak RSS does not count 30 MB of pages it does not time.
let rt: ReturnType<typeof loadReadabilityPages> = null;
if (!sh.length) {
  console.error('bench:extract: ../shared/data/scrapinghub-dev not found');
  process.exit(2);
}

interface Row {
  extractor: string;
  scrapinghub: CorpusScore & ReturnType<Timer['summary']>;
  readabilityPages: Record<string, number> & { pages: number };
}

/** Times one extractor over the Scrapinghub pages (each decompressed before its timer starts), then agreement. */
function runOne(ex: Extractor): Row {
  for (const p of sh.slice(0, WARMUP)) ex.run(p.html, p.url);
  const timer = new Timer();
  const scores = sh.map((p) => {
    const html = p.html;
    return scorePage(p.truth, timer.time(() => ex.run(html, p.url)).text);
  });
  const row: Row = {
    extractor: ex.name,
    scrapinghub: { ...scoreCorpus(scores), ...timer.summary() },
    readabilityPages: { pages: 0 },
  };
  if (ex === dateline) row.scrapinghub.peakRssMiB = rssMiB();
  rt ??= loadReadabilityPages()?.slice(0, limit) ?? [];
  const agreement = new Agreement();
  for (const p of rt) agreement.add(p.expected, ex.run(p.html, null).meta);
  row.readabilityPages = { ...agreement.result(), pages: rt.length };
  return row;
}

const rssBeforeMiB = rssMiB();
const rows: Row[] = [runOne(dateline)];
const peers = await loadPeers(!argv.includes('--skip-jsdom'));
for (const ex of peers) rows.push(runOne(ex));

const linkedom = peers.find((p) => p.name === READABILITY_LINKEDOM);
const speed = linkedom ? interleaved(dateline, linkedom, sh, ROUNDS) : null;
const result = {
  date: new Date().toISOString(),
  node: process.version,
  warmup: WARMUP,
  rounds: ROUNDS,
  /** Peak RSS before any extraction: runtime, modules and the compressed corpus. */
  rssBeforeMiB,
  rows,
  /** Dateline (a) against Readability on linkedom (b): warm, interleaved page by page, pooled over the rounds. */
  speed,
  speedRatioVsReadabilityLinkedom: speed?.ratio ?? null,
};
mkdirSync(join(root, '.bench-out'), { recursive: true });
writeFileSync(join(root, '.bench-out', 'extract.json'), JSON.stringify(result, null, 2) + '\n');

if (asJson) console.log(JSON.stringify(result, null, 2));
else {
  const f = (n: number, d = 3): string => n.toFixed(d);
  console.log(`Scrapinghub dev (${sh.length} pages) — score as defined in its README`);
  console.log('extractor              F1     P      R      acc    first pass: pages/s  p50 ms  p95 ms  peak RSS MiB');
  for (const r of rows) {
    const s = r.scrapinghub;
    console.log(
      `${r.extractor.padEnd(22)} ${f(s.f1)}  ${f(s.precision)}  ${f(s.recall)}  ${f(s.accuracy)}  ${f(s.pagesPerSec, 1).padStart(19)}  ${f(s.p50, 1).padStart(6)}  ${f(s.p95, 1).padStart(6)}  ${f(s.peakRssMiB, 0).padStart(6)}`,
    );
  }
  console.log(`\nReadability test pages (${rows[0]!.readabilityPages.pages} pages) — agreement with expected metadata`);
  console.log('extractor              title  byline excerpt site   published');
  for (const r of rows) {
    const a = r.readabilityPages;
    console.log(
      `${r.extractor.padEnd(22)} ${f(a.title!)}  ${f(a.byline!)}  ${f(a.excerpt!)}   ${f(a.siteName!)}  ${f(a.publishedTime!)}`,
    );
  }
  console.log(
    `\nDateline peak RSS ${f(rows[0]!.scrapinghub.peakRssMiB, 0)} MiB (getrusage, before any peer is loaded; ${f(rssBeforeMiB, 0)} MiB before extracting)`,
  );
  if (speed) {
    const p = (x: { pagesPerSec: number; p50: number; p95: number }): string =>
      `${f(x.pagesPerSec, 1)} pages/s (p50 ${f(x.p50, 1)} ms, p95 ${f(x.p95, 1)} ms)`;
    console.log(`\nSpeed, warm, interleaved page by page over ${ROUNDS} rounds of ${sh.length} pages:`);
    console.log(`  dateline              ${p(speed.a)}`);
    console.log(`  readability+linkedom  ${p(speed.b)}`);
    console.log(
      `  per round: ${speed.rounds.map((r) => `${f(r.ratio, 2)}×`).join(' ')} (CPU time: ${speed.rounds.map((r) => `${f(r.cpuRatio, 2)}×`).join(' ')})`,
    );
    console.log(
      `Dateline speed: ${f(speed.ratio, 2)}× Readability on linkedom (pooled; rounds ${f(speed.ratioMin, 2)}–${f(speed.ratioMax, 2)}×, median ${f(speed.ratioMedian, 2)}×)`,
    );
    console.log(
      `Dateline CPU time: ${f(speed.cpuRatio, 2)}× less than Readability on linkedom (pooled; rounds ${f(speed.cpuRatioMin, 2)}–${f(speed.cpuRatioMax, 2)}×)`,
    );
  }
}
