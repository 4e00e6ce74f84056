/**
 * Clustering scores used for news story clustering (news-clustering-dev README): pairwise P/R/F1 (Miranda et al.
 * 2018), BCubed P/R/F1 (Bagga & Baldwin 1998, item-averaged), NMI (arithmetic-mean normalisation, as in
 * scikit-learn's default) and Hungarian-matched accuracy.
 */
import { contingency, type Contingency } from './contingency.js';
import { hungarianMax } from './hungarian.js';

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface ClusteringScores {
  pairwise: PRF;
  bcubed: PRF;
  nmi: number;
  accuracy: number;
  goldClusters: number;
  predictedClusters: number;
}

const pairs = (k: number): number => (k * (k - 1)) / 2;
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Pairwise precision/recall over item pairs; a clustering with no pairs has precision 1 by convention. */
export function pairwise(t: Contingency): PRF {
  let tp = 0;
  for (const c of t.cells.values()) tp += pairs(c.count);
  let predPairs = 0;
  for (const s of t.predSizes.values()) predPairs += pairs(s);
  let goldPairs = 0;
  for (const s of t.goldSizes.values()) goldPairs += pairs(s);
  const precision = predPairs === 0 ? 1 : tp / predPairs;
  const recall = goldPairs === 0 ? 1 : tp / goldPairs;
  return { precision, recall, f1: f1(precision, recall) };
}

/** BCubed: per item, the share of its predicted cluster that is in its gold cluster (and vice versa), averaged. */
export function bcubed(t: Contingency): PRF {
  let p = 0;
  let r = 0;
  for (const c of t.cells.values()) {
    // Each of the c.count items in this cell sees c.count correct items in its predicted and in its gold cluster.
    p += (c.count * c.count) / t.predSizes.get(c.pred)!;
    r += (c.count * c.count) / t.goldSizes.get(c.gold)!;
  }
  const precision = p / t.n;
  const recall = r / t.n;
  return { precision, recall, f1: f1(precision, recall) };
}

function entropy(sizes: Iterable<number>, n: number): number {
  let h = 0;
  for (const s of sizes) if (s > 0) h -= (s / n) * Math.log(s / n);
  return h;
}

/** NMI = I(G;P) / ((H(G)+H(P))/2); 1 when both clusterings are a single cluster. */
export function nmi(t: Contingency): number {
  let mi = 0;
  for (const c of t.cells.values()) {
    const g = t.goldSizes.get(c.gold)!;
    const p = t.predSizes.get(c.pred)!;
    mi += (c.count / t.n) * Math.log((t.n * c.count) / (g * p));
  }
  const hg = entropy(t.goldSizes.values(), t.n);
  const hp = entropy(t.predSizes.values(), t.n);
  if (hg === 0 && hp === 0) return 1;
  const denom = (hg + hp) / 2;
  return denom === 0 ? 0 : Math.max(0, Math.min(1, mi / denom));
}

/** Accuracy under the best one-to-one matching of predicted to gold clusters. */
export function matchedAccuracy(t: Contingency): number {
  const golds = [...t.goldSizes.keys()];
  const preds = [...t.predSizes.keys()];
  const gi = new Map(golds.map((g, i) => [g, i]));
  const pi = new Map(preds.map((p, i) => [p, i]));
  const w = golds.map(() => preds.map(() => 0));
  for (const c of t.cells.values()) w[gi.get(c.gold)!]![pi.get(c.pred)!] = c.count;
  return hungarianMax(w) / t.n;
}

/** Every score at once, for gold and predicted maps from item id to cluster label. */
export function scoreClustering(
  gold: ReadonlyMap<string, string>,
  predicted: ReadonlyMap<string, string>,
): ClusteringScores {
  const t = contingency(gold, predicted);
  return {
    pairwise: pairwise(t),
    bcubed: bcubed(t),
    nmi: nmi(t),
    accuracy: matchedAccuracy(t),
    goldClusters: t.goldSizes.size,
    predictedClusters: t.predSizes.size,
  };
}
