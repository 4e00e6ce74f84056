/**
 * `npm run bench:stories`: Dateline's story placement measured in one run.
 *  1. Quality on the news-clustering dev slice (pairwise, BCubed, NMI, matched accuracy), beside a plain TF-IDF
 *     single-pass baseline whose threshold is tuned on the slice (as the issue describes).
 *  2. Robustness: split the slice's stories in halves; tune the baseline on one half and test on the other;
 *     Dateline is run on both halves untouched.
 *  3. Near-duplicates: precision/recall on wire copies and hard negatives generated from Scrapinghub bodies.
 *  4. Speed: articles/s clustering a JSONL stream, p99 time to place one article with 100,000 placed, the time
 *     of one consolidation pass over them (what the story desk runs after a rebuild), memory.
 *  5. Start-up: `StoryDesk.open` over a generated SQLite store, its read of every article one by one beside
 *     batched (bench/lib/desk-startup.ts).
 * Options: `--articles N` (default 100000), `--splits N` (default 5), `--desk-articles N` (default 20000),
 * `--only quality|near-duplicates|speed|startup`.
 */
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { decodeClusterLine } from '../src/stories/cluster-input.js';
import { StoryPlacer } from '../src/stories/story-placer.js';
import {
  loadDevSlice,
  scoreDateline,
  splitHalfCheck,
  tuneBaseline,
  type SplitResult,
} from '../src/stories/scoring/dev-slice.js';
import type { ClusteringScores } from '../src/stories/scoring/metrics.js';
import { nearDuplicateBenchmark } from '../src/stories/scoring/near-duplicate-eval.js';
import { syntheticArticles } from '../src/stories/scoring/synthetic-stream.js';
import { deskStartup } from './lib/desk-startup.js';

const dataDir = fileURLToPath(new URL('../../shared/data', import.meta.url));
const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const f = (x: number): string => x.toFixed(4);
const row = (name: string, s: ClusteringScores): string =>
  `| ${name} | ${f(s.pairwise.f1)} | ${f(s.bcubed.precision)} | ${f(s.bcubed.recall)} | ${f(s.bcubed.f1)} | ` +
  `${f(s.nmi)} | ${f(s.accuracy)} | ${s.predictedClusters} |`;
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

function quality(): void {
  const slice = loadDevSlice(dataDir);
  if (!slice) return console.log('stories: dev slice absent, quality skipped');
  const dateline = scoreDateline(slice);
  const base = tuneBaseline(slice);
  console.log(`\n## Clustering, dev slice (${slice.length} items, ${dateline.goldClusters} stories)\n`);
  console.log(
    '| method | pairwise F1 | B³ P | B³ R | B³ F1 | NMI | acc | clusters |\n|---|---|---|---|---|---|---|---|',
  );
  console.log(row('Dateline (untuned rule)', dateline));
  console.log(row(`TF-IDF single-pass, threshold ${base.threshold} tuned here`, base.scores));

  const splits: SplitResult[] = splitHalfCheck(slice, [1, 2, 3, 4, 5].slice(0, arg('--splits', 5)));
  const stat = (xs: number[]): string => `${f(mean(xs))} (min ${f(Math.min(...xs))})`;
  console.log(`\n## Split-half robustness (${splits.length} tune/test pairs of story halves)\n`);
  console.log('| method | B³ F1 tuning half | B³ F1 held-out half | NMI held-out half |\n|---|---|---|---|');
  console.log(
    `| Dateline | ${stat(splits.map((s) => s.datelineTuning.bcubed.f1))} | ` +
      `${stat(splits.map((s) => s.datelineHeldOut.bcubed.f1))} | ${stat(splits.map((s) => s.datelineHeldOut.nmi))} |`,
  );
  console.log(
    `| TF-IDF baseline (thresholds ${[...new Set(splits.map((s) => s.threshold))].join('/')}) | ` +
      `${stat(splits.map((s) => s.baselineTuned.bcubed.f1))} | ${stat(splits.map((s) => s.baselineHeldOut.bcubed.f1))} | ` +
      `${stat(splits.map((s) => s.baselineHeldOut.nmi))} |`,
  );
}

function nearDuplicates(): void {
  const r = nearDuplicateBenchmark(dataDir, [1, 2, 3, 4, 5]);
  if (!r) return console.log('stories: scrapinghub bodies absent, near-duplicates skipped');
  console.log(`\n## Near-duplicates (${r.texts} generated texts: ${r.copies} copies, ${r.negatives} hard negatives)\n`);
  console.log(`pairwise precision ${f(r.precision)}  recall ${f(r.recall)}  F1 ${f(r.f1)}`);
}

function speed(): void {
  const n = arg('--articles', 100_000);
  const probe = 1000;
  const items = syntheticArticles(n + probe);
  let lines: string[] | null = items.map((i) => JSON.stringify(i));
  // A full collection before and after, so the memory reported is what the placer retains, not garbage.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const placer = new StoryPlacer();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const d = decodeClusterLine(lines[i]!);
    if (d.ok) placer.place(d.item);
  }
  const secs = (performance.now() - t0) / 1000;
  lines = null;
  const times: number[] = [];
  for (let i = n; i < n + probe; i++) {
    const t = performance.now();
    placer.place(items[i]!);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const q = (p: number): string => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
  // The story desk runs this second pass after a rebuild and each time the IDF statistics are renewed.
  const tc = performance.now();
  const merges = placer.consolidate().length;
  const consolidateMs = performance.now() - tc;
  gc();
  const mem = process.memoryUsage();
  const retained = (mem.heapUsed - heapBefore) / 2 ** 20;
  console.log(`\n## Speed (${n} synthetic articles of ~160 words, decode + near-dup + clustering)\n`);
  console.log(`throughput ${(n / secs).toFixed(0)} articles/s (${secs.toFixed(1)} s)`);
  console.log(`place one with ${n} placed: p50 ${q(0.5)} ms  p99 ${q(0.99)} ms  max ${q(1)} ms`);
  console.log(`consolidate ${n + probe} placed: ${consolidateMs.toFixed(0)} ms (${merges} stories merged)`);
  console.log(
    `memory: ${retained.toFixed(0)} MiB retained by the placer for ${n + probe} articles ` +
      `(${((retained * 1024) / (n + probe)).toFixed(1)} KiB each); process rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB`,
  );
}

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
console.log('# bench:stories');
if (!only || only === 'quality') quality();
if (!only || only === 'near-duplicates') nearDuplicates();
if (!only || only === 'speed') speed();
if (!only || only === 'startup') await deskStartup(arg('--desk-articles', 20_000));
