/**
 * Dateline's decision rule. No similarity threshold is fitted to a data set: an article joins a story when its
 * similarity is comparable to how similar that story's own members were when they joined (its cohesion), and
 * two stories merge when their centroids are as close as their members are to them. Small stories borrow the
 * corpus-wide cohesion (shrinkage), so the scale adapts to the texts: short snippets, long leads, entity-rich
 * analysis all move the similarities, and the rule moves with them.
 */
import type { DecisionRule, MergePass, Scored } from './decision.js';
import type { StoryState } from './story-state.js';

export const ADAPTIVE = {
  /** An article joins when its similarity is at least this share of the story's cohesion. */
  joinShare: 0.35,
  /** Pseudo-joins of corpus cohesion mixed into a story's own (a story of 1–3 members says little). */
  priorWeight: 3,
  /** Cohesion assumed before any article has joined anything (cosine of a typical same-story pair). */
  initialCohesion: 0.3,
  /** Below this similarity nothing is shared but stop-word-like terms: never join. */
  floor: 0.05,
  /**
   * Two stories found by `consolidate` merge when their centroids are at least this share of their (lower)
   * cohesion: whole stories compared under warm statistics, where a story split at a cold start must still mend.
   */
  mergeShare: 0.6,
  /**
   * The same, for two stories an article just placed is close to: one article is weaker evidence, and on sets
   * of 5–10 stories 0.5–0.6 fused look-alikes (bench/stories-robustness.ts: 5-story mean B³ F1 0.924 at 0.48,
   * 0.946 at 0.6, 0.968 at 0.7). 0.36–0.8 give the same whole dev slice: 0.7 sits in that flat region.
   */
  bridgeMergeShare: 0.7,
} as const;

/** The running corpus-wide mean of join similarities. */
export class CorpusCohesion {
  #sum = 0;
  #n = 0;
  observe(sim: number): void {
    this.#sum += sim;
    this.#n++;
  }
  get mean(): number {
    const w = ADAPTIVE.priorWeight;
    return (this.#sum + w * ADAPTIVE.initialCohesion) / (this.#n + w);
  }
}

/** A story's cohesion shrunk toward the corpus mean. */
export function cohesion(s: StoryState, corpus: CorpusCohesion): number {
  const w = ADAPTIVE.priorWeight;
  return (s.joinSims + w * corpus.mean) / (s.joins + w);
}

/** The adaptive rule over a shared corpus cohesion (the clusterer feeds it every join). */
export function adaptiveRule(corpus = new CorpusCohesion()): DecisionRule {
  return {
    join(best: Scored): boolean {
      return best.sim >= ADAPTIVE.floor && best.sim >= ADAPTIVE.joinShare * cohesion(best.story, corpus);
    },
    merge(story: StoryState, other: Scored, centroidSim: () => number, pass: MergePass): boolean {
      if (!this.join(other, [other])) return false;
      const c = Math.min(cohesion(story, corpus), cohesion(other.story, corpus));
      return centroidSim() >= (pass === 'placement' ? ADAPTIVE.bridgeMergeShare : ADAPTIVE.mergeShare) * c;
    },
    observeJoin: (sim) => corpus.observe(sim),
  };
}
