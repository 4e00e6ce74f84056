/**
 * The decision rules of streaming clustering: whether an article joins its best story, and whether two stories
 * are one. Kept apart from the clusterer so the benchmark can set a baseline rule beside Dateline's.
 */
import type { StoryState } from './story-state.js';

export interface Scored {
  story: StoryState;
  /** Time-decayed cosine between the article and the story's centroid. */
  sim: number;
}

/** Where a merge is weighed: after placing an article close to both stories, or in `consolidate`. */
export type MergePass = 'placement' | 'consolidate';

export interface DecisionRule {
  /** Whether the article joins `best`, given every scored candidate (best first). */
  join(best: Scored, ranked: readonly Scored[]): boolean;
  /**
   * Whether `other`, also close to the article just placed in `story`, is the same story. `centroidSim` is
   * computed on demand: it costs a pass over the smaller centroid.
   */
  merge(story: StoryState, other: Scored, centroidSim: () => number, pass: MergePass): boolean;
  /** Told the similarity of every article that joined a story, for rules that adapt to the stream. */
  observeJoin?(sim: number): void;
}

/** A single-pass rule with one fixed similarity threshold and no merging (the classic baseline). */
export function thresholdRule(threshold: number): DecisionRule {
  return { join: (best) => best.sim >= threshold, merge: () => false };
}
