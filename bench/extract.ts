/**
 * Extraction benchmark (`npm run bench:extract`): Dateline against Mozilla Readability on linkedom and on
 * jsdom, in one process and one run, over
 * - the Scrapinghub development pages, scored exactly as their README defines (bench/lib/shingle-score.ts):
 *   F1, precision, recall, accuracy;
 * - Readability's test pages: agreement with the expected title, byline, excerpt, site name, published time;
 * with pages/s, ms/page p50 and p95 (parse + extract + text, HTML in memory) and peak RSS.
 * Prints a table; `--json` prints JSON instead. The JSON is always written to .bench-out/extract.json.
 * `--skip-jsdom` leaves out the slow jsdom run; `--pages N` limits each corpus to N pages.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dateline, readabilityJsdom, readabilityLinkedom, type Extractor } from './lib/extractors.js';
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
const WARMUP = 3;

const extractors: Extractor[] = [
  dateline,
  readabilityLinkedom,
  ...(argv.includes('--skip-jsdom') ? [] : [readabilityJsdom]),
];
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

const rows: Row[] = [];
for (const ex of extractors) {
  for (const p of sh.slice(0, WARMUP)) ex.run(p.html, p.url);
  const timer = new Timer();
  const scores = sh.map((p) => scorePage(p.truth, timer.time(() => ex.run(p.html, p.url)).text));
  rt ??= loadReadabilityPages()?.slice(0, limit) ?? [];
  const agreement = new Agreement();
  for (const p of rt) agreement.add(p.expected, ex.run(p.html, null).meta);
  rows.push({
    extractor: ex.name,
    scrapinghub: { ...scoreCorpus(scores), ...timer.summary() },
    readabilityPages: { ...agreement.result(), pages: rt.length },
  });
}

const base = rows.find((r) => r.extractor === readabilityLinkedom.name);
const speedRatio = base ? rows[0]!.scrapinghub.pagesPerSec / base.scrapinghub.pagesPerSec : null;
const result = {
  date: new Date().toISOString(),
  node: process.version,
  rows,
  speedRatioVsReadabilityLinkedom: speedRatio,
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
  console.log(`\nReadability test pages (${rt?.length ?? 0} pages) — agreement with expected metadata`);
  console.log('extractor              title  byline excerpt site   published');
  for (const r of rows) {
    const a = r.readabilityPages;
    console.log(
      `${r.extractor.padEnd(22)} ${f(a.title!)}  ${f(a.byline!)}  ${f(a.excerpt!)}   ${f(a.siteName!)}  ${f(a.publishedTime!)}`,
    );
  }
  if (speedRatio !== null) console.log(`\nDateline speed: ${speedRatio.toFixed(2)}× Readability on linkedom`);
}
