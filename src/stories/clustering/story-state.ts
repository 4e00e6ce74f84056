/** A story as clustering sees it: the running sum of its members' vectors and what the decision rules need. */
import { addInto, dot, type SparseVector } from './sparse-vector.js';

export interface StoryState {
  /** Dense index in the clusterer (stable for the run). */
  index: number;
  /** The story id (the first article's id, so rebuilding in the same order gives the same ids). */
  id: string;
  sum: SparseVector;
  /** Squared norm of `sum`, kept incrementally. */
  norm2: number;
  size: number;
  /** Epoch ms of the earliest and latest member (NaN when the items have no time). */
  first: number;
  last: number;
  /** Sum and count of members' similarities to the story when they joined (the story's cohesion). */
  joinSims: number;
  joins: number;
  /** Terms this story is indexed under in the candidate index. */
  indexed: Set<string>;
  /** Set when merged into another story. */
  mergedInto: StoryState | null;
}

/** A new story holding one article. */
export function newStory(index: number, id: string, v: SparseVector, time: number): StoryState {
  const s: StoryState = {
    index,
    id,
    sum: new Map(),
    norm2: 0,
    size: 0,
    first: time,
    last: time,
    joinSims: 0,
    joins: 0,
    indexed: new Set(),
    mergedInto: null,
  };
  addMember(s, v, time, null);
  return s;
}

/** Cosine between a unit vector and the story's centroid. */
export function similarity(s: StoryState, v: SparseVector): number {
  return s.norm2 > 0 ? dot(s.sum, v) / Math.sqrt(s.norm2) : 0;
}

/** Cosine between two stories' centroids. */
export function storySimilarity(a: StoryState, b: StoryState): number {
  return a.norm2 > 0 && b.norm2 > 0 ? dot(a.sum, b.sum) / Math.sqrt(a.norm2 * b.norm2) : 0;
}

/** Adds a member vector; `sim` is its similarity when it joined (null for the founding article). */
export function addMember(s: StoryState, v: SparseVector, time: number, sim: number | null): void {
  s.norm2 += 2 * dot(s.sum, v) + dot(v, v);
  addInto(s.sum, v);
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
  into.norm2 += 2 * dot(into.sum, from.sum) + from.norm2;
  addInto(into.sum, from.sum);
  into.size += from.size;
  into.joinSims += from.joinSims;
  into.joins += from.joins;
  if (!Number.isNaN(from.first) && (Number.isNaN(into.first) || from.first < into.first)) into.first = from.first;
  if (!Number.isNaN(from.last) && (Number.isNaN(into.last) || from.last > into.last)) into.last = from.last;
  from.mergedInto = into;
}
