/**
 * The classic baseline the benchmark sets beside Dateline: single-pass clustering with plain TF-IDF cosine to
 * every story centroid and one fixed threshold (no candidate index, no time, no merging, no adaptation).
 */
import type { ClusterItem } from '../../vocabulary.js';
import { terms } from '../text/tokens.js';
import { addInto, dot, norm, type SparseVector } from './sparse-vector.js';

/** Clusters items in order; returns item id → cluster label. */
export function tfidfSinglePass(items: readonly ClusterItem[], threshold: number): Map<string, string> {
  const df = new Map<string, number>();
  const sums: { id: string; sum: SparseVector<string>; norm: number }[] = [];
  const out = new Map<string, string>();
  let n = 0;
  for (const item of items) {
    const words = terms(`${item.title} ${item.text}`);
    n++;
    for (const w of new Set(words)) df.set(w, (df.get(w) ?? 0) + 1);
    const v: SparseVector<string> = new Map();
    for (const w of words) v.set(w, (v.get(w) ?? 0) + 1);
    for (const [w, c] of v) v.set(w, c * Math.log((n + 1) / (df.get(w)! + 0.5)));
    const len = norm(v) || 1;
    for (const [w, x] of v) v.set(w, x / len);
    let best = -1;
    let bestSim = 0;
    for (let i = 0; i < sums.length; i++) {
      const s = dot(v, sums[i]!.sum) / (sums[i]!.norm || 1);
      if (s > bestSim) [best, bestSim] = [i, s];
    }
    if (best >= 0 && bestSim >= threshold) {
      addInto(sums[best]!.sum, v);
      sums[best]!.norm = norm(sums[best]!.sum);
      out.set(item.id, sums[best]!.id);
    } else {
      sums.push({ id: item.id, sum: new Map(v), norm: norm(v) });
      out.set(item.id, item.id);
    }
  }
  return out;
}
