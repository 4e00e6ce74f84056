/**
 * Streaming story clustering. Each article, in arrival order, joins an existing story or starts one; stories
 * merge when the evidence says they are one. Stages per article: (1) features (TF-IDF over headline, lead,
 * entities, with document frequencies updated incrementally), (2) candidate stories from the inverted index,
 * within the time window, (3) score: centroid cosine decayed by the time gap, (4) decide join/new by the rule,
 * (5) merge the runner-up stories the rule accepts. Deterministic for the same input order.
 * `consolidate` is a second pass over whole stories, for when the statistics have warmed up.
 */
import type { ClusterItem } from '../../vocabulary.js';
import { adaptiveRule } from './adaptive-rule.js';
import { CANDIDATES, CandidateIndex } from './candidate-index.js';
import type { DecisionRule, Scored } from './decision.js';
import { DocumentFrequencies } from './document-frequencies.js';
import { TermIds, termCounts, tfVector, weigh } from './features.js';
import { topTerms } from './sparse-vector.js';
import {
  absorb,
  addMember,
  newStory,
  similarity,
  storyNorm,
  storySimilarity,
  type DocTerms,
  type StoryState,
} from './story-state.js';

export const TIME = {
  /** Similarity halves for every this many days between an article and a story's latest article. */
  halfLifeDays: 3,
  /** Stories silent for longer than this are closed: new articles start a new story. */
  windowDays: 14,
  /** Runner-up stories checked for a merge after each placement. */
  mergeChecks: 4,
  /**
   * A runner-up is a merge candidate only when the article is about as close to it as to its own story (at
   * least this share): an article that merely touches a second story is no evidence the two are one, and
   * fusing two large stories on it cost 0.1 B³ F1 on a split half of the dev slice. Relative, so scale-free.
   */
  bridgeShare: 0.5,
  /**
   * Stories compared with each story by `consolidate`, most shared terms first. A split the pass exists to mend
   * shares most of its terms with its other part; fewer comparisons keep the pass at a quarter of the cost.
   */
  consolidateCandidates: 4,
} as const;

const DAY = 86_400_000;

/** A story folded into another by `consolidate`. */
export interface StoryMerge {
  from: string;
  into: string;
}

export interface Placement {
  storyId: string;
  /** Story ids folded into `storyId` by this placement. */
  merged: string[];
  /** The similarity with which the article joined (null when it started the story). */
  similarity: number | null;
}

/** Parses an ISO date to epoch ms, NaN when absent or invalid. */
export function timeOf(publishedAt: string | null | undefined): number {
  return publishedAt ? Date.parse(publishedAt) : NaN;
}

export class StreamingClusterer {
  readonly #df = new DocumentFrequencies();
  readonly #ids = new TermIds();
  readonly #index = new CandidateIndex();
  readonly #stories: StoryState[] = [];
  readonly #storyOf = new Map<string, StoryState>();
  readonly #rule: DecisionRule;

  constructor(rule: DecisionRule = adaptiveRule()) {
    this.#rule = rule;
  }

  /** Places one article; placing an id again returns its current story. */
  place(item: ClusterItem): Placement {
    const known = this.#storyOf.get(item.id);
    if (known) return { storyId: this.#resolve(known).id, merged: [], similarity: null };
    const time = timeOf(item.publishedAt);
    const tf = tfVector(termCounts(item), this.#ids);
    this.#df.add(tf.keys());
    const v = weigh(tf, this.#df);
    const weighted: DocTerms = { ids: new Int32Array(v.size), weights: new Float64Array(v.size) };
    let k = 0;
    for (const [t, x] of v) {
      weighted.ids[k] = t;
      weighted.weights[k++] = x * this.#df.idf(t);
    }
    // Look up only by terms another article already has: in a long article the heaviest terms are often its own
    // (df 1), which match no story and hid every candidate. (Indexing under twice as many terms gained 0.001 B³
    // F1 on the dev slice and doubled the p99 placement time at 50,000 articles: not worth it.)
    const salient = topTerms(v, CANDIDATES.termsPerArticle);
    const shared = new Map<number, number>();
    for (const [t, x] of v) if (this.#df.df(t) > 1) shared.set(t, x);
    const lookup = topTerms(shared, CANDIDATES.termsPerArticle);

    const live = (s: StoryState): boolean =>
      Number.isNaN(time) || Number.isNaN(s.last) || time - s.last <= TIME.windowDays * DAY;
    const ranked: Scored[] = this.#index
      .candidates(lookup, live)
      .map((story) => ({ story, sim: similarity(story, weighted, this.#df) * decay(time, story.last) }))
      .sort((a, b) => b.sim - a.sim || a.story.index - b.story.index);

    const best = ranked[0];
    let story: StoryState;
    let sim: number | null = null;
    const merged: string[] = [];
    if (best && this.#rule.join(best, ranked)) {
      story = best.story;
      sim = best.sim;
      addMember(story, tf, time, sim, this.#df);
      this.#rule.observeJoin?.(sim);
      for (const other of ranked.slice(1, 1 + TIME.mergeChecks)) {
        if (other.story.mergedInto || !live(other.story)) continue;
        if (other.sim < TIME.bridgeShare * best.sim) continue;
        if (!this.#rule.merge(story, other, () => storySimilarity(story, other.story, this.#df), 'placement')) continue;
        const [keep, drop] = other.story.index < story.index ? [other.story, story] : [story, other.story];
        absorb(keep, drop);
        this.#index.index(keep, [...drop.indexed]);
        merged.push(drop.id);
        story = keep;
      }
    } else {
      story = newStory(this.#stories.length, item.id, tf, time);
      this.#stories.push(story);
    }
    // (Indexing under the shared lookup terms too gained 0.001 B³ F1 on the dev slice and made `consolidate` find
    // the last demo split in 2 of 300 orders, but cost 7–18% of placement throughput: not kept.)
    this.#index.index(story, salient);
    this.#storyOf.set(item.id, story);
    return { storyId: story.id, merged, similarity: sim };
  }

  /**
   * A second pass over whole stories, once statistics are warm (after a rebuild, or when the corpus has grown):
   * each live story is compared with the stories sharing its heaviest shared terms, and pairs the rule accepts as
   * one story are merged. Placement decides each article with the statistics of its moment; at the start of a
   * stream IDF is near-flat, a story's own terms look common and its first articles can each start a story. This
   * undoes such splits with what is known now. Returns the merges, in the order made.
   */
  consolidate(): StoryMerge[] {
    const merges: StoryMerge[] = [];
    for (const story of this.#stories) {
      if (story.mergedInto) continue;
      const { lookup, doc } = this.#storyTerms(story);
      const norm = storyNorm(story, this.#df);
      if (norm === 0) continue;
      const near = (s: StoryState): boolean => s !== story && !(gapOf(story, s) > TIME.windowDays * DAY);
      const ranked: Scored[] = this.#index
        .candidates(lookup, near, TIME.consolidateCandidates)
        .map((other) => ({
          story: other,
          sim: (similarity(other, doc, this.#df) / norm) * decayDays(gapOf(story, other)),
        }))
        .sort((a, b) => b.sim - a.sim || a.story.index - b.story.index);
      let keep = story;
      for (const other of ranked) {
        if (other.story.mergedInto || other.story === keep) continue;
        if (!this.#rule.merge(keep, other, () => storySimilarity(keep, other.story, this.#df), 'consolidate')) continue;
        const [into, drop] = other.story.index < keep.index ? [other.story, keep] : [keep, other.story];
        absorb(into, drop);
        this.#index.index(into, [...drop.indexed]);
        merges.push({ from: drop.id, into: into.id });
        keep = into;
      }
    }
    return merges;
  }

  /**
   * A story's centroid as `similarity` takes a document (TF × IDF², so dividing by the story's own IDF norm gives
   * the centroid cosine), and its heaviest terms that other articles share, to look candidates up by (terms only
   * its own articles carry match nothing elsewhere). One pass, no sort: the lookup is kept by insertion.
   */
  #storyTerms(story: StoryState): { lookup: number[]; doc: DocTerms } {
    const k = CANDIDATES.termsPerArticle;
    const doc: DocTerms = { ids: new Int32Array(story.sum.size), weights: new Float64Array(story.sum.size) };
    const top: Array<[number, number]> = [];
    let i = 0;
    for (const [t, x] of story.sum) {
      const idf = this.#df.idf(t);
      doc.ids[i] = t;
      doc.weights[i++] = x * idf * idf;
      const w = x * idf;
      if (this.#df.df(t) < 2 || (top.length === k && w <= top[k - 1]![1])) continue;
      let j = Math.min(top.length, k - 1);
      top[j] = [t, w];
      for (; j > 0 && (top[j - 1]![1] < w || (top[j - 1]![1] === w && top[j - 1]![0] > t)); j--)
        [top[j - 1], top[j]] = [top[j]!, top[j - 1]!];
    }
    return { lookup: top.map(([t]) => t), doc };
  }

  /** Records `id` as a member of `of`'s story without clustering it (a syndicated copy). */
  alias(id: string, of: string): void {
    const s = this.#storyOf.get(of);
    if (!s) throw new Error(`stories: cannot alias ${id} to unplaced article ${of}`);
    if (!this.#storyOf.has(id)) this.#storyOf.set(id, s);
  }

  #resolve(s: StoryState): StoryState {
    while (s.mergedInto) s = s.mergedInto;
    return s;
  }

  /** The current story id of a placed article (after any merges). */
  storyOf(id: string): string | null {
    const s = this.#storyOf.get(id);
    return s ? this.#resolve(s).id : null;
  }

  /** Every placed article's current story id, in placement order. */
  assignments(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [id, s] of this.#storyOf) out.set(id, this.#resolve(s).id);
    return out;
  }

  /** Changes whenever the IDF statistics are renewed (each time the corpus has grown by half). */
  get epoch(): number {
    return this.#df.epoch;
  }

  get articles(): number {
    return this.#storyOf.size;
  }
}

/** exp-decay by the gap between article and story in days; 1 when either has no time. */
function decay(time: number, last: number): number {
  if (Number.isNaN(time) || Number.isNaN(last)) return 1;
  return decayDays(Math.abs(time - last));
}

/** exp-decay of a gap in ms (1 when unknown). */
function decayDays(gap: number): number {
  return Number.isNaN(gap) ? 1 : Math.pow(0.5, gap / DAY / TIME.halfLifeDays);
}

/** Milliseconds between two stories' spans: 0 when they overlap, NaN when either is undated. */
function gapOf(a: StoryState, b: StoryState): number {
  if (Number.isNaN(a.first) || Number.isNaN(b.first)) return NaN;
  return Math.max(0, a.first - b.last, b.first - a.last);
}
