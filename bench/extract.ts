/**
 * Extraction benchmark (`npm run bench:extract`): Dateline against Mozilla Readability on linkedom and on
 * jsdom, in one process and one run, over
 * - the Scrapinghub development pages, scored exactly as their README defines (bench/lib/shingle-score.ts):
 *   F1, precision, recall, accuracy;
 * - Readability's test pages: agreement with the expected title, byline, excerpt, site name, published time;
 * with pages/s, ms/page p50 and p95 (parse + extract + text, HTML in memory) and peak RSS.
 * Dateline runs first, before the peers' modules are even imported, and its peak RSS is the process's maximum
 * resident set (getrusage) right after its Scrapinghub run: its own, plus the runtime and the compressed corpus.
 * The peers' figures are RSS sampled after each page, and include what earlier phases left behind.
 * The speed ratio is given twice: from those one-after-the-other first passes, and from a last pass that runs
 * Dateline and Readability on linkedom page by page in turn, which a busy machine's load cannot skew.
 * Prints a table; `--json` prints JSON instead. The JSON is always written to .bench-out/extract.json.
 * `--skip-jsdom` leaves out the slow jsdom run; `--pages N` limits each corpus to N pages; `--warmup N` sets the
 * pages each extractor runs untimed first (3).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dateline, loadPeers, READABILITY_LINKEDOM, type Extractor } from './lib/extractors.js';
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

/**
 * Dateline against one peer, page by page on the same string, alternating which goes first: load from other
 * processes then falls on both alike (the phases above run one after the other, minutes apart on a busy
 * machine). Both have already run over every page once, so both are warm.
 */
function interleaved(a: Extractor, b: Extractor): number {
  const [ta, tb] = [new Timer(), new Timer()];
  sh.forEach((p, i) => {
    const html = p.html;
    const order: Array<[Extractor, Timer]> =
      i % 2
        ? [
            [b, tb],
            [a, ta],
          ]
        : [
            [a, ta],
            [b, tb],
          ];
    for (const [ex, t] of order) t.time(() => ex.run(html, p.url));
  });
  if (!asJson)
    console.log(
      `interleaved pages/s: ${a.name} ${ta.summary().pagesPerSec.toFixed(1)}, ${b.name} ${tb.summary().pagesPerSec.toFixed(1)}`,
    );
  return ta.summary().pagesPerSec / tb.summary().pagesPerSec;
}

const rssBeforeMiB = rssMiB();
const rows: Row[] = [runOne(dateline)];
const peers = await loadPeers(!argv.includes('--skip-jsdom'));
for (const ex of peers) rows.push(runOne(ex));

const base = rows.find((r) => r.extractor === READABILITY_LINKEDOM);
/** Ratio of the one-after-the-other runs above: each extractor's first timed pass. */
const speedRatio = base ? rows[0]!.scrapinghub.pagesPerSec / base.scrapinghub.pagesPerSec : null;
const linkedom = peers.find((p) => p.name === READABILITY_LINKEDOM);
const interleavedRatio = linkedom ? interleaved(dateline, linkedom) : null;
const result = {
  date: new Date().toISOString(),
  node: process.version,
  warmup: WARMUP,
  /** Peak RSS before any extraction: runtime, modules and the compressed corpus. */
  rssBeforeMiB,
  rows,
  speedRatioVsReadabilityLinkedom: speedRatio,
  interleavedSpeedRatioVsReadabilityLinkedom: interleavedRatio,
};
mkdirSync(join(root, '.bench-out'), { recursive: true });
writeFileSync(join(root, '.bench-out', 'extract.json'), JSON.stringify(result, null, 2) + '\n');

if (asJson) console.log(JSON.stringify(result, null, 2));
else {
  const f = (n: number, d = 3): string => n.toFixed(d);
  console.log(`Scrapinghub dev (${sh.length} pages) — score as defined in its README`);
  console.log('extractor              F1     P      R      acc    pages/s  p50 ms  p95 ms  peak RSS MiB');
  for (const r of rows) {
    const s = r.scrapinghub;
    console.log(
      `${r.extractor.padEnd(22)} ${f(s.f1)}  ${f(s.precision)}  ${f(s.recall)}  ${f(s.accuracy)}  ${f(s.pagesPerSec, 1).padStart(7)}  ${f(s.p50, 1).padStart(6)}  ${f(s.p95, 1).padStart(6)}  ${f(s.peakRssMiB, 0).padStart(6)}`,
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
  if (speedRatio !== null)
    console.log(`\nDateline speed: ${speedRatio.toFixed(2)}× Readability on linkedom (first timed pass of each)`);
  if (interleavedRatio !== null)
    console.log(
      `Dateline speed: ${interleavedRatio.toFixed(2)}× Readability on linkedom (interleaved page by page, warm)`,
    );
}
