/**
 * `npx tsx bench/stories-robustness.ts`: does story clustering depend on the dev slice's size and makeup?
 *  1. Subsets: B³ F1 on random subsets of k gold stories (k = 2, 3, 5, 10, 15), and the whole slice in shuffled
 *     orders and in bursts (stories arriving one after another, the order a live desk sees more often); small
 *     subsets also with the consolidation pass the desk runs after a rebuild.
 *  2. Sensitivity: every tunable of clustering at ×0.8 … ×1.2, on the whole slice and on 5-story subsets. A score
 *     that collapses next to the chosen value means the value was fitted to the slice.
 *  3. Look-alike stories: the pairs of gold stories whose centroids are closest, clustered alone; how many of
 *     their items end up with the other story's items.
 * Options: `--only subsets|sensitivity|pairs`, `--seeds N` (default 12).
 * The tunables are mutated in place for the sensitivity sweep (they are plain objects at run time); each is
 * restored before the next.
 */
import { fileURLToPath } from 'node:url';
import { loadDevSlice, scoreDateline, type GoldItem } from '../src/stories/scoring/dev-slice.js';
import { seededRandom, shuffled } from '../src/stories/scoring/rng.js';
import { ADAPTIVE } from '../src/stories/clustering/adaptive-rule.js';
import { TIME } from '../src/stories/clustering/streaming-clusterer.js';
import { FEATURES, termCounts } from '../src/stories/clustering/features.js';
import { CANDIDATES } from '../src/stories/clustering/candidate-index.js';
import { CENTROID } from '../src/stories/clustering/story-state.js';
import { DocumentFrequencies } from '../src/stories/clustering/document-frequencies.js';
import { NEAR_DUPLICATE } from '../src/stories/near-duplicates/detector.js';
import { StoryPlacer } from '../src/stories/story-placer.js';
import { scoreClustering, type ClusteringScores } from '../src/stories/scoring/metrics.js';

const dataDir = fileURLToPath(new URL('../../shared/data', import.meta.url));
const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const f = (x: number): string => x.toFixed(4);
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

function storiesOf(xs: readonly GoldItem[]): string[] {
  return [...new Set(xs.map((x) => x.story))].sort();
}

/** Items of `k` random gold stories, in file order. */
function subset(xs: readonly GoldItem[], k: number, seed: number): GoldItem[] {
  const keep = new Set(shuffled(storiesOf(xs), seededRandom(seed)).slice(0, k));
  return xs.filter((x) => keep.has(x.story));
}

/** Stories arriving one after another, each story's items shuffled, overlapping by a third at the seams. */
function bursts(xs: readonly GoldItem[], seed: number): GoldItem[] {
  const rnd = seededRandom(seed);
  const out: GoldItem[] = [];
  for (const s of shuffled(storiesOf(xs), rnd)) {
    const items = shuffled(
      xs.filter((x) => x.story === s),
      rnd,
    );
    const cut = out.length - Math.floor(items.length / 3);
    out.splice(Math.max(0, cut), 0, ...items);
  }
  return out;
}

function subsetStats(xs: readonly GoldItem[], k: number, seeds: number): { mean: number; min: number } {
  const f1 = Array.from({ length: seeds }, (_, i) => scoreDateline(subset(xs, k, 100 + i)).bcubed.f1);
  return { mean: mean(f1), min: Math.min(...f1) };
}

function subsets(xs: readonly GoldItem[], seeds: number): void {
  console.log('\n## Subsets of gold stories and arrival orders\n');
  console.log('| set | B³ F1 mean | B³ F1 min | NMI mean |\n|---|---|---|---|');
  const report = (name: string, sets: GoldItem[][], score = scoreDateline): void => {
    const s = sets.map(score);
    const b = s.map((x) => x.bcubed.f1);
    console.log(`| ${name} | ${f(mean(b))} | ${f(Math.min(...b))} | ${f(mean(s.map((x) => x.nmi)))} |`);
  };
  report('whole slice, file order', [[...xs]]);
  for (const k of [2, 3, 5, 10, 15])
    report(
      `${k} stories`,
      Array.from({ length: seeds }, (_, i) => subset(xs, k, 100 + i)),
    );
  // What the desk serves after a rebuild: placement, then the consolidation pass (mends cold-start splits).
  for (const k of [3, 5])
    report(
      `${k} stories, then consolidate`,
      Array.from({ length: seeds }, (_, i) => subset(xs, k, 100 + i)),
      scoreConsolidated,
    );
  report(
    'whole slice, shuffled',
    Array.from({ length: Math.min(seeds, 6) }, (_, i) => shuffled(xs, seededRandom(200 + i))),
  );
  report(
    'whole slice, in bursts',
    Array.from({ length: Math.min(seeds, 6) }, (_, i) => bursts(xs, 300 + i)),
  );
  report(
    '5 stories, in bursts',
    Array.from({ length: seeds }, (_, i) => bursts(subset(xs, 5, 100 + i), 400 + i)),
  );
  report(
    'whole slice, in bursts, then consolidate',
    Array.from({ length: Math.min(seeds, 6) }, (_, i) => bursts(xs, 300 + i)),
    scoreConsolidated,
  );
  report(
    '5 stories, in bursts, then consolidate',
    Array.from({ length: seeds }, (_, i) => bursts(subset(xs, 5, 100 + i), 400 + i)),
    scoreConsolidated,
  );
}

/** The tunables swept: the table's name, the live object, the key. */
const TUNABLES: Array<[string, Record<string, number>, string]> = [
  ...Object.keys(ADAPTIVE).map((k): [string, Record<string, number>, string] => ['ADAPTIVE', ADAPTIVE, k]),
  ['TIME', TIME as unknown as Record<string, number>, 'bridgeShare'],
  ['TIME', TIME as unknown as Record<string, number>, 'mergeChecks'],
  ['FEATURES', FEATURES as unknown as Record<string, number>, 'headlineBoost'],
  ['FEATURES', FEATURES as unknown as Record<string, number>, 'leadTerms'],
  ['CANDIDATES', CANDIDATES as unknown as Record<string, number>, 'termsPerArticle'],
  ['CANDIDATES', CANDIDATES as unknown as Record<string, number>, 'maxCandidates'],
  ['CENTROID', CENTROID as unknown as Record<string, number>, 'keepTerms'],
  ['NEAR_DUPLICATE', NEAR_DUPLICATE as unknown as Record<string, number>, 'minContainment'],
  ['DocumentFrequencies', DocumentFrequencies as unknown as Record<string, number>, 'EPOCH_GROWTH'],
];

function sensitivity(xs: readonly GoldItem[], seeds: number): void {
  const factors = [0.6, 0.8, 0.9, 1, 1.1, 1.2, 1.5];
  console.log('\n## Sensitivity (B³ F1 whole slice / mean over 5-story subsets)\n');
  console.log(`| tunable | ${factors.map((x) => `×${x}`).join(' | ')} |\n|---|${factors.map(() => '---|').join('')}`);
  for (const [obj, o, key] of TUNABLES) {
    const orig = o[key]!;
    const cells: string[] = [];
    for (const fac of factors) {
      let v = orig * fac;
      if (Number.isInteger(orig)) v = Math.max(1, Math.round(v));
      if (key === 'EPOCH_GROWTH') v = 1 + (orig - 1) * fac;
      o[key] = v;
      const whole = scoreDateline(xs).bcubed.f1;
      const small = subsetStats(xs, 5, seeds).mean;
      cells.push(`${f(whole)} / ${f(small)}`);
    }
    o[key] = orig;
    console.log(`| ${obj}.${key} = ${orig} | ${cells.join(' | ')} |`);
  }
}

/** Gold-story centroids (TF-IDF over the slice) and the closest pairs, each clustered alone. */
function pairs(xs: readonly GoldItem[], top: number): void {
  const df = new Map<string, number>();
  const counts = xs.map((x) => termCounts(x.item));
  for (const c of counts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const centroid = new Map<string, Map<string, number>>();
  xs.forEach((x, i) => {
    const c = centroid.get(x.story) ?? new Map<string, number>();
    centroid.set(x.story, c);
    for (const [t, n] of counts[i]!) c.set(t, (c.get(t) ?? 0) + (1 + Math.log(n)) * Math.log(xs.length / df.get(t)!));
  });
  const norm = (v: Map<string, number>): number => Math.sqrt([...v.values()].reduce((a, b) => a + b * b, 0));
  const stories = storiesOf(xs);
  const sims: Array<{ a: string; b: string; sim: number }> = [];
  for (let i = 0; i < stories.length; i++)
    for (let j = i + 1; j < stories.length; j++) {
      const [a, b] = [centroid.get(stories[i]!)!, centroid.get(stories[j]!)!];
      let d = 0;
      for (const [t, w] of a) d += w * (b.get(t) ?? 0);
      sims.push({ a: stories[i]!, b: stories[j]!, sim: d / (norm(a) * norm(b)) });
    }
  sims.sort((p, q) => q.sim - p.sim);
  console.log(`\n## Look-alike stories (the ${top} closest gold pairs, each clustered alone, file order)\n`);
  console.log('| pair | sizes | centroid cos | B³ F1 | items with the other story |\n|---|---|---|---|---|');
  for (const { a, b, sim } of sims.slice(0, top)) {
    const items = xs.filter((x) => x.story === a || x.story === b);
    const s = scoreDateline(items);
    // Items sitting in a predicted cluster whose majority is the other gold story.
    const byCluster = new Map<string, GoldItem[]>();
    const assigned = assignmentsOf(items);
    for (const x of items) {
      const c = assigned.get(x.item.id)!;
      byCluster.set(c, [...(byCluster.get(c) ?? []), x]);
    }
    let crossed = 0;
    for (const members of byCluster.values()) {
      const na = members.filter((m) => m.story === a).length;
      crossed += Math.min(na, members.length - na);
    }
    const sizes = `${items.filter((x) => x.story === a).length}+${items.filter((x) => x.story === b).length}`;
    console.log(`| ${a}/${b} | ${sizes} | ${f(sim)} | ${f(s.bcubed.f1)} | ${crossed} |`);
  }
}

function assignmentsOf(xs: readonly GoldItem[], consolidate = false): Map<string, string> {
  const p = new StoryPlacer();
  for (const x of xs) p.place(x.item);
  if (consolidate) p.consolidate();
  return p.assignments();
}

function scoreConsolidated(xs: readonly GoldItem[]): ClusteringScores {
  return scoreClustering(new Map(xs.map((x) => [x.item.id, x.story])), assignmentsOf(xs, true));
}

const slice = loadDevSlice(dataDir);
if (!slice) {
  console.log('stories-robustness: dev slice absent');
} else {
  const seeds = arg('--seeds', 12);
  console.log(`# stories robustness (${slice.length} items, ${storiesOf(slice).length} stories, ${seeds} seeds)`);
  if (!only || only === 'subsets') subsets(slice, seeds);
  if (!only || only === 'pairs') pairs(slice, 10);
  if (!only || only === 'sensitivity') sensitivity(slice, Math.min(seeds, 8));
}
