/**
 * Near-duplicate detection for syndicated copies: the same wire story under another headline, trimmed, or with
 * an outlet's boilerplate around it. Stages: (1) shingle the body, (2) MinHash sketch, (3) LSH candidates,
 * (4) verify by estimated containment, (5) fold under the group's canonical article (the earliest published).
 */
import { shingleSet } from './shingles.js';
import { containment, sketch, type Sketch } from './minhash.js';
import { LshIndex } from './lsh-index.js';

/** Tunables, each with its reason. */
export const NEAR_DUPLICATE = {
  /**
   * Share of the shorter text's shingles found in the longer one. A wire copy keeps ≥ 0.8 even with a typo every
   * 20 words and a boilerplate block; two outlets' own reports of one event share quotes, rarely 0.3 of shingles.
   */
  minContainment: 0.6,
  /** Texts with fewer shingles than this are too short to tell a copy from a common phrase. */
  minShingles: 12,
  /** Candidates verified per lookup, most shared bands first (bounds the work on boilerplate-heavy sites). */
  maxCandidates: 64,
} as const;

export interface NearDuplicateInput {
  id: string;
  text: string;
  /** Epoch ms of publication (or arrival order when unknown): the earliest copy is canonical. */
  time: number;
  outlet?: string | null;
  /** A stored sketch, to skip shingling on rebuild. */
  sketch?: Sketch;
}

export interface NearDuplicateMatch {
  /** The canonical article of the group this one belongs to (possibly itself, when it is the earliest). */
  canonical: string;
  /** The stored article it matched, and the estimated containment. */
  matched: string | null;
  containment: number;
  /** Members whose canonical changed because this article is earlier than the previous canonical. */
  recanonicalised: string[];
}

interface Entry {
  id: string;
  time: number;
  outlet: string | null;
  sketch: Sketch;
  group: Group;
}
interface Group {
  canonical: Entry;
  members: Entry[];
}

/** An incremental index of sketches that folds copies into groups. */
export class NearDuplicateIndex {
  readonly #lsh = new LshIndex();
  readonly #entries: Entry[] = [];
  readonly #byId = new Map<string, Entry>();

  /** Sketch of a text, for callers that persist sketches. */
  static sketchOf(text: string): Sketch {
    return sketch(shingleSet(text));
  }

  get size(): number {
    return this.#entries.length;
  }

  /** Finds the best stored copy of a text without adding it. */
  lookup(s: Sketch): { entry: Entry; containment: number } | null {
    if (s.size < NEAR_DUPLICATE.minShingles) return null;
    let best: { entry: Entry; containment: number } | null = null;
    for (const c of this.#lsh.candidates(s).slice(0, NEAR_DUPLICATE.maxCandidates)) {
      const e = this.#entries[c.id]!;
      if (e.sketch.size < NEAR_DUPLICATE.minShingles) continue;
      const k = containment(s, e.sketch);
      if (k >= NEAR_DUPLICATE.minContainment && (!best || k > best.containment)) best = { entry: e, containment: k };
    }
    return best;
  }

  /** Adds an article; returns its group's canonical id when it is a copy of a stored one, else null. */
  add(input: NearDuplicateInput): NearDuplicateMatch | null {
    const existing = this.#byId.get(input.id);
    if (existing)
      return existing.group.canonical === existing
        ? null
        : { canonical: existing.group.canonical.id, matched: null, containment: 1, recanonicalised: [] };
    const s = input.sketch ?? NearDuplicateIndex.sketchOf(input.text);
    const hit = this.lookup(s);
    const entry: Entry = { id: input.id, time: input.time, outlet: input.outlet ?? null, sketch: s, group: null! };
    if (hit) {
      entry.group = hit.entry.group;
      entry.group.members.push(entry);
    } else entry.group = { canonical: entry, members: [entry] };
    this.#lsh.add(this.#entries.length, s);
    this.#entries.push(entry);
    this.#byId.set(entry.id, entry);
    if (!hit) return null;
    const group = entry.group;
    let recanonicalised: string[] = [];
    if (entry.time < group.canonical.time) {
      group.canonical = entry;
      recanonicalised = group.members.filter((m) => m !== entry).map((m) => m.id);
    }
    return { canonical: group.canonical.id, matched: hit.entry.id, containment: hit.containment, recanonicalised };
  }

  /** The canonical id of a stored article's group (itself when not a copy). */
  canonicalOf(id: string): string | null {
    return this.#byId.get(id)?.group.canonical.id ?? null;
  }

  /** The distinct outlets that ran the group's text, canonical first. */
  outletsOf(id: string): string[] {
    const e = this.#byId.get(id);
    if (!e) return [];
    const out = new Set<string>();
    for (const m of [e.group.canonical, ...e.group.members]) if (m.outlet) out.add(m.outlet);
    return [...out];
  }
}
