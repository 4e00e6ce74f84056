/**
 * Inverted index from salient terms to stories, so placing an article compares it with a bounded set of stories
 * whatever the number stored. A story is indexed under the top terms of each of its members.
 */
import type { StoryState } from './story-state.js';

export const CANDIDATES = {
  /** Heaviest terms of an article used for indexing and lookup. */
  termsPerArticle: 10,
  /** Most recent stories read per posting list (common terms have long lists). */
  postingScan: 256,
  /** Stories scored exactly per article, most shared terms first. */
  maxCandidates: 16,
} as const;

export class CandidateIndex {
  readonly #postings = new Map<number, StoryState[]>();

  /** Indexes a story under terms it is not yet indexed under. */
  index(story: StoryState, terms: readonly number[]): void {
    for (const t of terms) {
      if (story.indexed.has(t)) continue;
      story.indexed.add(t);
      const list = this.#postings.get(t);
      if (list) list.push(story);
      else this.#postings.set(t, [story]);
    }
  }

  /** Live stories sharing the article's terms, most shared first; `live` filters merged or out-of-window ones. */
  candidates(
    terms: readonly number[],
    live: (s: StoryState) => boolean,
    limit: number = CANDIDATES.maxCandidates,
  ): StoryState[] {
    const hits = new Map<StoryState, number>();
    for (const t of terms) {
      const list = this.#postings.get(t);
      if (!list) continue;
      const seen = new Set<StoryState>();
      const stop = Math.max(0, list.length - CANDIDATES.postingScan);
      for (let i = list.length - 1; i >= stop; i--) {
        let s = list[i]!;
        while (s.mergedInto) s = s.mergedInto;
        if (seen.has(s) || !live(s)) continue;
        seen.add(s);
        hits.set(s, (hits.get(s) ?? 0) + 1);
      }
    }
    return [...hits]
      .sort((a, b) => b[1] - a[1] || b[0].index - a[0].index)
      .slice(0, limit)
      .map(([s]) => s);
  }
}
