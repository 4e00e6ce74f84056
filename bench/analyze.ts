/**
 * Analysis benchmark (`npm run bench:analyze`), in one run:
 * - attributions on the hand-annotated articles (test/corpus/attributions, rules in its README), one row per
 *   annotation batch (the first, then batch2/ and batch3/ of scrapinghub-dev and batch4/, batch5/ and batch6/ of
 *   Readability test pages, each annotated before the rules were run on it): speaker precision/recall/F1, the same
 *   with the chain of reporting right, content-span F1;
 * - entities, Dateline beside compromise alone: F1 by type on GUM dev (head match) and UNER EWT dev (strict),
 *   name-chain accuracy on GUM dev (from bench/lib/entities-eval.ts; skipped when that is absent);
 * - throughput: articles/s of extraction (Scrapinghub HTML pages) and of analysis of the extracted articles,
 *   both warmed by an untimed pass, then timed in alternating rounds (medians, and the ratio's range); then the
 *   same ratio on a first pass, each page seen once by a fresh process whose memo caches start empty
 *   (bench/lib/first-pass.ts), as ingest sees it, beside a second pass in that process, and a control row whose
 *   process ran the same pages before (as much JIT warm-up, every word already seen).
 * Prints a table; `--json` prints JSON. The JSON is always written to .bench-out/analyze.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze/analyze.js';
import { findAttributions } from '../src/analyze/attributions/attributions.js';
import { findDates } from '../src/analyze/dates/dates.js';
import { findEntities } from '../src/analyze/entities/entities.js';
import { geocodePlaces } from '../src/analyze/places/geocode.js';
import { findQuantities } from '../src/analyze/quantities/quantities.js';
import { splitSentences } from '../src/analyze/sentences/sentences.js';
import { extract } from '../src/extract/extract.js';
import type { Article } from '../src/vocabulary.js';
import { articleFromText } from './lib/article-from-text.js';
import { scoreBatches, type AttributionScore } from './lib/attributions-eval.js';
import { firstPass, passRatio, type FirstPassMode, type PassTimes } from './lib/first-pass.js';
import { loadScrapinghub } from './lib/scrapinghub.js';
import { Timer } from './lib/timing.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const asJson = process.argv.includes('--json');
const pct = (v: number) => (v * 100).toFixed(1).padStart(5);

/** One row per annotation batch: the first (the rules were written against it), then the held-out batches. */
function attributions(): { name: string; score: AttributionScore }[] | null {
  return scoreBatches((id, text) => analyze(articleFromText(id, text)).attributions);
}

type EntityRow = { system: string; gum: Record<string, number>; nerDev: Record<string, number>; chains: number };

async function entities(): Promise<EntityRow[] | null> {
  let lib: typeof import('./lib/entities-eval.js');
  try {
    lib = await import('./lib/entities-eval.js');
  } catch {
    return null;
  }
  const gum = lib.loadGum('dev');
  const ner = lib.loadNerDev();
  if (!gum.length) return null;
  const rows: EntityRow[] = [];
  for (const [system, fn] of [
    ['dateline', lib.dateline],
    // The ablation: compromise's lexicon, the gazetteer and our rules without the trained tagger.
    ['rules only', lib.datelineRules],
    ['compromise', lib.compromiseAlone],
  ] as const) {
    const g = lib.scoreGumNer(fn, gum).head;
    const n = ner.length ? lib.scoreNerDev(fn, ner) : null;
    rows.push({
      system,
      gum: { PER: g.PER.f1, ORG: g.ORG.f1, LOC: g.LOC.f1, ALL: g.ALL.f1 },
      nerDev: n ? { PER: n.PER.f1, ORG: n.ORG.f1, LOC: n.LOC.f1, ALL: n.ALL.f1 } : {},
      chains: lib.scoreGumChains(fn, gum).accuracy,
    });
  }
  return rows;
}

interface Throughput {
  pages: number;
  rounds: number;
  /** Medians over the timed rounds (each round: every page extracted, then every article analysed). */
  extractPerSec: number;
  analyzePerSec: number;
  /** analyzePerSec / extractPerSec per round: median, min, max. */
  ratio: { median: number; min: number; max: number };
  analyzeP95Ms: number;
  /** Mean ms per article of each analysis stage (median round), to show where the time goes. */
  stageMs: Record<string, number>;
  /** Each page once in fresh processes (bench/lib/first-pass.ts), by mode; `second`: the same pages again there. */
  firstPass: Record<FirstPassMode, { first: PassFigures; second: PassFigures }>;
}

interface PassFigures {
  extractPerSec: number;
  analyzePerSec: number;
  /** analyzePerSec / extractPerSec. */
  ratio: number;
}

const passFigures = (t: PassTimes): PassFigures => ({
  extractPerSec: (t.pages * 1000) / t.extractMs,
  analyzePerSec: (t.articles * 1000) / t.analyzeMs,
  ratio: passRatio(t),
});

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Each stage of analyze() timed on its own, in analyze()'s order, summed over `articles`. */
function stageTimes(articles: readonly Article[]): Record<string, number> {
  const stageMs: Record<string, number> = {
    sentences: 0,
    entities: 0,
    places: 0,
    attributions: 0,
    quantities: 0,
    dates: 0,
    credit: 0,
  };
  const timed = <T>(stage: string, f: () => T): T => {
    const t0 = performance.now();
    const out = f();
    stageMs[stage]! += (performance.now() - t0) / articles.length;
    return out;
  };
  for (const a of articles) {
    const text = a.body.text;
    const sentences = timed('sentences', () => splitSentences(text));
    const entities = timed('entities', () => findEntities(text, sentences));
    // Geocoding runs inside findEntities; timed again on its own, its share moves from entities to places.
    const t0 = performance.now();
    geocodePlaces(text, entities);
    const geocodeMs = (performance.now() - t0) / articles.length;
    stageMs.places! += geocodeMs;
    stageMs.entities! -= geocodeMs;
    timed('attributions', () => findAttributions(text, sentences, entities));
    timed('quantities', () => findQuantities(text, sentences, entities));
    timed('dates', () => findDates(text, sentences, a.publishedAt));
    // analyze() also reads the lead image's credit for the agencies it names (`withCreditEntities`).
    const credit = a.leadImage?.credit;
    if (credit) timed('credit', () => findEntities(credit, [{ start: 0, end: credit.length, text: credit }]));
  }
  return stageMs;
}

/**
 * Extraction and analysis speed in one run. Both run one untimed pass first (JIT, chrono, the gazetteer and
 * tagger tables), then `ROUNDS` timed rounds, extraction then analysis in each, so a busy machine's load
 * shifts both sides of a round alike; the ratio is taken per round.
 */
async function throughput(): Promise<Throughput | null> {
  const pages = loadScrapinghub();
  if (!pages) return null;
  // Decompressed once, outside the clock: the bench times extract(), not gunzip.
  const inputs = pages.map((p) => ({ html: p.html, url: p.url }));
  const articles: Article[] = [];
  for (const input of inputs) {
    const out = extract(input);
    if (out.ok) articles.push(out.article);
  }
  for (const a of articles) analyze(a);
  const ROUNDS = 3;
  const rounds: { extract: number; analyze: number; p95: number; stageMs: Record<string, number> }[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const ext = new Timer();
    for (const input of inputs) ext.time(() => extract(input));
    const an = new Timer();
    for (const a of articles) an.time(() => analyze(a));
    const s = an.summary();
    const stageMs = stageTimes(articles);
    // What the analyze() loop spends beyond the same stages timed one by one. It is no code (the credit is timed
    // above, the assembly is a few object literals): measured 2026-11-30, whichever of the two loops runs first after
    // an extraction pass is the slower one, by 1-3 ms an article of CPU time in 8 of 8 pairs, and the gap shrinks
    // from round to round, so it is warm-up and the switch from extraction's code and garbage, not a stage.
    stageMs.other = Math.max(0, 1000 / s.pagesPerSec - Object.values(stageMs).reduce((x, y) => x + y, 0));
    rounds.push({ extract: ext.summary().pagesPerSec, analyze: s.pagesPerSec, p95: s.p95, stageMs });
  }
  const ratios = rounds.map((r) => r.analyze / r.extract);
  const mid = rounds.find((r) => r.analyze / r.extract === median(ratios)) ?? rounds[0]!;
  const first = {} as Throughput['firstPass'];
  for (const mode of ['cold', 'unseen', 'seen'] as const) {
    const r = await firstPass(mode, pages.length);
    first[mode] = { first: passFigures(r.first), second: passFigures(r.second) };
  }
  return {
    pages: articles.length,
    rounds: ROUNDS,
    extractPerSec: median(rounds.map((r) => r.extract)),
    analyzePerSec: median(rounds.map((r) => r.analyze)),
    ratio: { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) },
    analyzeP95Ms: median(rounds.map((r) => r.p95)),
    stageMs: mid.stageMs,
    firstPass: first,
  };
}

const result = { attributions: attributions(), entities: await entities(), throughput: await throughput() };
mkdirSync(join(root, '.bench-out'), { recursive: true });
writeFileSync(join(root, '.bench-out', 'analyze.json'), JSON.stringify(result, null, 2));

if (asJson) console.log(JSON.stringify(result, null, 2));
else {
  const rows = result.attributions;
  if (rows) {
    console.log('attributions by annotation batch (speaker and speaker + chain: P / R / F1; content-span F1)');
    console.log('batch     articles  gold  pred |  speaker P     R    F1 |  chain P     R    F1 | content');
    for (const { name, score: a } of rows) {
      const counts = `${String(a.articles).padStart(8)} ${String(a.gold).padStart(5)} ${String(a.predicted).padStart(5)}`;
      const prf = (x: { p: number; r: number; f1: number }) => `${pct(x.p)} ${pct(x.r)} ${pct(x.f1)}`;
      console.log(`${name.padEnd(8)} ${counts} |  ${prf(a.speaker)} |  ${prf(a.chain)} | ${pct(a.contentF1)}`);
    }
  } else console.log('attributions: skipped (../shared/data/scrapinghub-dev or readability-test-pages not found)');
  const e = result.entities;
  if (e) {
    console.log('\nentities F1 (GUM dev head match | UNER EWT dev strict), name-chain accuracy (GUM dev)');
    console.log('system        PER   ORG   LOC   ALL |   PER   ORG   LOC   ALL | chains');
    for (const r of e) {
      const g = ['PER', 'ORG', 'LOC', 'ALL'].map((k) => pct(r.gum[k] ?? 0)).join(' ');
      const n = ['PER', 'ORG', 'LOC', 'ALL'].map((k) => pct(r.nerDev[k] ?? 0)).join(' ');
      console.log(`${r.system.padEnd(11)} ${g} | ${n} | ${pct(r.chains)}`);
    }
  } else console.log('\nentities: skipped (bench/lib/entities-eval.ts or its data not available)');
  const t = result.throughput;
  if (t)
    console.log(
      `\nthroughput over ${t.pages} Scrapinghub pages: extraction ${t.extractPerSec.toFixed(0)} articles/s, ` +
        `analysis ${t.analyzePerSec.toFixed(0)} articles/s (p95 ${t.analyzeP95Ms.toFixed(1)} ms); ` +
        `analysis/extraction ${(t.ratio.median * 100).toFixed(0)}% ` +
        `(${(t.ratio.min * 100).toFixed(0)}–${(t.ratio.max * 100).toFixed(0)}% over ${t.rounds} rounds after a warm-up)`,
    );
  if (t)
    console.log(
      'analysis ms/article by stage: ' +
        Object.entries(t.stageMs)
          .map(([k, v]) => `${k} ${v.toFixed(1)}`)
          .join(', '),
    );
  if (t) {
    const cells = (f: PassFigures) =>
      `${f.extractPerSec.toFixed(0).padStart(6)} ${f.analyzePerSec.toFixed(0).padStart(4)} ` +
      `${(1000 / f.analyzePerSec).toFixed(1).padStart(6)} ${(f.ratio * 100).toFixed(0).padStart(4)}%`;
    console.log(
      '\nfirst pass: each page seen once by a fresh process (memo caches start empty), then a second time there',
    );
    console.log('process before the timed pages        |  extr/s an/s ms/art ratio | 2nd: extr/s an/s ms/art ratio');
    const { cold, unseen, seen } = t.firstPass;
    console.log(`cold (tables loaded, JIT cold)         |  ${cells(cold.first)} |      ${cells(cold.second)}`);
    console.log(`ran the other half of the pages first  |  ${cells(unseen.first)} |      ${cells(unseen.second)}`);
    // The control: as much JIT warm-up, but every word already seen (bench/lib/first-pass.ts).
    console.log(`ran the same half first (control)      |  ${cells(seen.first)} |      ${cells(seen.second)}`);
  }
}
