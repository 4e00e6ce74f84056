/**
 * A story as clustering sees it: the sum of its members' term-frequency vectors. IDF is applied when comparing,
 * with the document frequencies of now, so the first articles of a stream are not weighed forever by the
 * near-empty statistics they arrived with. The centroid's TF-IDF norm is cached and refreshed when the story
 * grows (incrementally, over the new member's terms only) and recomputed once per IDF epoch.
 * Large centroids are pruned to their heaviest terms, which bounds the cost of a comparison.
 */
import type { DocumentFrequencies } from './document-frequencies.js';
import { addInto, type SparseVector } from './sparse-vector.js';

export const CENTROID = {
  /** A centroid with more terms than this is pruned to `keepTerms`, its heaviest: terms of one member only. */
  maxTerms: 600,
  keepTerms: 400,
} as const;

export interface StoryState {
  /** Dense index in the clusterer (stable for the run). */
  index: number;
  /** The story id (the first article's id, so rebuilding in the same order gives the same ids). */
  id: string;
  /** Sum of members' unit TF vectors. */
  sum: SparseVector;
  size: number;
  /** Epoch ms of the earliest and latest member (NaN when the items have no time). */
  first: number;
  last: number;
  /** Sum and count of members' similarities to the story when they joined (the story's cohesion). */
  joinSims: number;
  joins: number;
  /** Terms this story is indexed under in the candidate index. */
  indexed: Set<number>;
  /** Set when merged into another story. */
  mergedInto: StoryState | null;
  /** Cached TF-IDF norm of `sum` and the IDF epoch it was computed in (NaN = stale). */
  norm: number;
  normEpoch: number;
}

/** A new story holding one article. */
export function newStory(index: number, id: string, tf: SparseVector, time: number): StoryState {
  const s: StoryState = {
    index,
    id,
    sum: new Map(),
    size: 0,
    first: time,
    last: time,
    joinSims: 0,
    joins: 0,
    indexed: new Set(),
    mergedInto: null,
    norm: NaN,
    normEpoch: -1,
  };
  addMember(s, tf, time, null);
  return s;
}

/** The TF-IDF norm of a story's centroid under the current IDF epoch (cached per epoch). */
export function storyNorm(s: StoryState, df: DocumentFrequencies): number {
  return idfNorm(s, df);
}

function idfNorm(s: StoryState, df: DocumentFrequencies): number {
  if (Number.isNaN(s.norm) || s.normEpoch !== df.epoch) {
    let n2 = 0;
    for (const [t, x] of s.sum) {
      const w = x * df.idf(t);
      n2 += w * w;
    }
    s.norm = Math.sqrt(n2);
    s.normEpoch = df.epoch;
  }
  return s.norm;
}

/** An article's terms and weights as parallel arrays: iterated without allocating, unlike a Map's entries. */
export interface DocTerms {
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * Cosine between an article and the story's TF-IDF centroid. `doc` holds the article's unit TF-IDF weights
 * multiplied once more by IDF (so the centroid's IDF is applied without a lookup per term here).
 */
export function similarity(s: StoryState, doc: DocTerms, df: DocumentFrequencies): number {
  const n = idfNorm(s, df);
  if (n === 0) return 0;
  let d = 0;
  const sum = s.sum;
  for (let i = 0; i < doc.ids.length; i++) {
    const y = sum.get(doc.ids[i]!);
    if (y !== undefined) d += doc.weights[i]! * y;
  }
  return d / n;
}

/** Cosine between two stories' TF-IDF centroids. */
export function storySimilarity(a: StoryState, b: StoryState, df: DocumentFrequencies): number {
  const na = idfNorm(a, df);
  const nb = idfNorm(b, df);
  if (na === 0 || nb === 0) return 0;
  const [small, large] = a.sum.size <= b.sum.size ? [a.sum, b.sum] : [b.sum, a.sum];
  let d = 0;
  for (const [t, x] of small) {
    const y = large.get(t);
    if (y !== undefined) {
      const idf = df.idf(t);
      d += x * y * idf * idf;
    }
  }
  return d / (na * nb);
}

/**
 * Adds a member's TF vector; `sim` is its similarity when it joined (null for the founding article). The cached
 * norm is updated over the member's terms only: Σ((s+x)² − s²)·idf².
 */
export function addMember(
  s: StoryState,
  tf: SparseVector,
  time: number,
  sim: number | null,
  df?: DocumentFrequencies,
): void {
  if (df && !Number.isNaN(s.norm) && s.normEpoch === df.epoch) {
    let n2 = s.norm * s.norm;
    for (const [t, x] of tf) {
      const y = s.sum.get(t) ?? 0;
      const idf = df.idf(t);
      n2 += ((y + x) * (y + x) - y * y) * idf * idf;
    }
    s.norm = Math.sqrt(Math.max(0, n2));
  } else s.norm = NaN;
  addInto(s.sum, tf);
  prune(s);
  s.size++;
  if (sim !== null) {
    s.joinSims += sim;
    s.joins++;
  }
  if (!Number.isNaN(time)) {
    if (Number.isNaN(s.first) || time < s.first) s.first = time;
    if (Number.isNaN(s.last) || time > s.last) s.last = time;
  }
}

/** Folds `from` into `into`. */
export function absorb(into: StoryState, from: StoryState): void {
  addInto(into.sum, from.sum);
  into.norm = NaN;
  prune(into);
  into.size += from.size;
  into.joinSims += from.joinSims;
  into.joins += from.joins;
  if (!Number.isNaN(from.first) && (Number.isNaN(into.first) || from.first < into.first)) into.first = from.first;
  if (!Number.isNaN(from.last) && (Number.isNaN(into.last) || from.last > into.last)) into.last = from.last;
  from.mergedInto = into;
}

function prune(s: StoryState): void {
  if (s.sum.size <= CENTROID.maxTerms) return;
  const kept = [...s.sum].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CENTROID.keepTerms);
  s.sum = new Map(kept);
  s.norm = NaN;
}
