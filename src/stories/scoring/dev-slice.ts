/**
 * The news-clustering development slice (GoogleNews, 23 stories; see its README) and the ways the benchmark
 * and the gate run clustering over it: the whole slice, and split halves of its stories (tune on one half,
 * test on the other) to check that the method holds on stories it was not tuned on.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { ClusterItem } from '../../vocabulary.js';
import { StoryPlacer } from '../story-placer.js';
import { tfidfSinglePass } from '../clustering/baseline.js';
import { scoreClustering, type ClusteringScores } from './metrics.js';
import { seededRandom, shuffled } from './rng.js';

export interface GoldItem {
  item: ClusterItem;
  story: string;
}

/** Reads `googlenews.dev.jsonl` from the data folder; null when the data is absent. */
export function loadDevSlice(dataDir: string): GoldItem[] | null {
  const file = `${dataDir}/news-clustering-dev/googlenews.dev.jsonl`;
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const r = JSON.parse(l) as { id: string; title: string; snippet: string; cluster: number };
      return { item: { id: r.id, title: r.title, text: r.snippet }, story: String(r.cluster) };
    });
}

const goldOf = (xs: readonly GoldItem[]): Map<string, string> => new Map(xs.map((x) => [x.item.id, x.story]));

/** Dateline's full placement (near-duplicates + streaming clustering), scored. */
export function scoreDateline(xs: readonly GoldItem[]): ClusteringScores {
  const placer = new StoryPlacer();
  for (const x of xs) placer.place(x.item);
  return scoreClustering(goldOf(xs), placer.assignments());
}

/** The TF-IDF single-pass baseline at a threshold, scored. */
export function scoreBaseline(xs: readonly GoldItem[], threshold: number): ClusteringScores {
  return scoreClustering(
    goldOf(xs),
    tfidfSinglePass(
      xs.map((x) => x.item),
      threshold,
    ),
  );
}

/** The baseline threshold with the best BCubed F1 on `xs` (grid 0.01…0.30; higher ones fragment everything). */
export function tuneBaseline(xs: readonly GoldItem[]): { threshold: number; scores: ClusteringScores } {
  let best: { threshold: number; scores: ClusteringScores } | null = null;
  for (let t = 1; t <= 30; t++) {
    const scores = scoreBaseline(xs, t / 100);
    if (!best || scores.bcubed.f1 > best.scores.bcubed.f1) best = { threshold: t / 100, scores };
  }
  return best!;
}

/** Splits the slice's stories into two random halves (items keep their file order). */
export function splitHalves(xs: readonly GoldItem[], seed: number): [GoldItem[], GoldItem[]] {
  const stories = shuffled([...new Set(xs.map((x) => x.story))].sort(), seededRandom(seed));
  const a = new Set(stories.slice(0, Math.floor(stories.length / 2)));
  return [xs.filter((x) => a.has(x.story)), xs.filter((x) => !a.has(x.story))];
}

export interface SplitResult {
  seed: number;
  /** Baseline tuned on the tuning half, scored on the held-out half. */
  baselineHeldOut: ClusteringScores;
  baselineTuned: ClusteringScores;
  threshold: number;
  /** Dateline on each half (nothing is tuned). */
  datelineTuning: ClusteringScores;
  datelineHeldOut: ClusteringScores;
}

/** Tune-on-one-half, test-on-the-other, for each seed and both directions. */
export function splitHalfCheck(xs: readonly GoldItem[], seeds: readonly number[]): SplitResult[] {
  const out: SplitResult[] = [];
  for (const seed of seeds) {
    const [a, b] = splitHalves(xs, seed);
    for (const [tune, test] of [
      [a, b],
      [b, a],
    ] as const) {
      const tuned = tuneBaseline(tune);
      out.push({
        seed,
        threshold: tuned.threshold,
        baselineTuned: tuned.scores,
        baselineHeldOut: scoreBaseline(test, tuned.threshold),
        datelineTuning: scoreDateline(tune),
        datelineHeldOut: scoreDateline(test),
      });
    }
  }
  return out;
}

/** Dateline's mean BCubed F1 and NMI over both halves of each split (no baseline: cheap enough for the gate). */
export function datelineOnHalves(xs: readonly GoldItem[], seeds: readonly number[]): { bcubedF1: number; nmi: number } {
  const scores = seeds.flatMap((seed) => splitHalves(xs, seed).map(scoreDateline));
  const mean = (f: (s: ClusteringScores) => number): number => scores.reduce((a, s) => a + f(s), 0) / scores.length;
  return { bcubedF1: mean((s) => s.bcubed.f1), nmi: mean((s) => s.nmi) };
}
