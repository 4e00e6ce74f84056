/**
 * Places articles into stories: syndicated copies fold under their canonical article and share its story;
 * everything else goes through streaming clustering. Pure and in-memory: callers feed it, in time order.
 */
import type { ClusterItem } from '../vocabulary.js';
import { NearDuplicateIndex } from './near-duplicates/detector.js';
import type { Sketch } from './near-duplicates/minhash.js';
import { StreamingClusterer, timeOf, type StoryMerge } from './clustering/streaming-clusterer.js';
import type { DecisionRule } from './clustering/decision.js';

export interface StoryPlacement {
  storyId: string;
  /** The canonical article when this one is a syndicated copy, else null. */
  duplicateOf: string | null;
  /** Story ids merged into `storyId` by this placement (their articles now belong to `storyId`). */
  merged: string[];
  /** Copies whose canonical became this article because it is earlier. */
  recanonicalised: string[];
}

export class StoryPlacer {
  readonly #dups = new NearDuplicateIndex();
  readonly #clusterer: StreamingClusterer;
  /** Latest time seen: an undated item is taken as arriving now, so it never displaces an earlier copy. */
  #clock = 0;

  constructor(rule?: DecisionRule) {
    this.#clusterer = new StreamingClusterer(rule);
  }

  /** Places one article (optionally with its stored sketch). */
  place(item: ClusterItem, sketch?: Sketch): StoryPlacement {
    const known = this.#clusterer.storyOf(item.id);
    if (known) {
      const canonical = this.#dups.canonicalOf(item.id);
      const duplicateOf = canonical && canonical !== item.id ? canonical : null;
      return { storyId: known, duplicateOf, merged: [], recanonicalised: [] };
    }
    const t = timeOf(item.publishedAt);
    const time = Number.isNaN(t) ? this.#clock : t;
    this.#clock = Math.max(this.#clock, time);
    const copy = this.#dups.add({ id: item.id, text: item.text, time, outlet: item.outlet ?? null, sketch });
    if (copy) {
      // The group's story is the story of whichever member was clustered (the first one placed).
      const matched = copy.matched ?? copy.canonical;
      const storyId = this.#clusterer.storyOf(matched);
      if (storyId) {
        this.#clusterer.alias(item.id, matched);
        const duplicateOf = copy.canonical === item.id ? null : copy.canonical;
        return { storyId, duplicateOf, merged: [], recanonicalised: copy.recanonicalised };
      }
    }
    const p = this.#clusterer.place(item);
    return { storyId: p.storyId, duplicateOf: null, merged: p.merged, recanonicalised: [] };
  }

  /** Merges stories that the statistics of now show are one (see `StreamingClusterer.consolidate`). */
  consolidate(): StoryMerge[] {
    return this.#clusterer.consolidate();
  }

  /** Articles placed so far. */
  get articles(): number {
    return this.#clusterer.articles;
  }

  /** Changes whenever the clustering statistics are renewed: a time to `consolidate`. */
  get epoch(): number {
    return this.#clusterer.epoch;
  }

  /** Current story id of a placed article. */
  storyOf(id: string): string | null {
    return this.#clusterer.storyOf(id);
  }

  /** Current canonical of a placed article's copy group (itself when not a copy). */
  canonicalOf(id: string): string | null {
    return this.#dups.canonicalOf(id);
  }

  /** Outlets that ran the same text as this article. */
  copyOutlets(id: string): string[] {
    return this.#dups.outletsOf(id);
  }

  /** Every placed article's current story id, in placement order. */
  assignments(): Map<string, string> {
    return this.#clusterer.assignments();
  }
}
