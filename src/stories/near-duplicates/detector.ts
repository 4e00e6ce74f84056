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
   * Share of the shorter text's shingles found in the longer one. A wire copy keeps ≥ 0.6 even trimmed, with a
   * typo every 30 words and a boilerplate block as long as a third of it; two outlets' own reports of one event
   * share quotes and facts, rarely 0.3 of their shingles.
   */
  minContainment: 0.5,
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

  /** Stored articles whose text this sketch copies (or is copied by), best containment first. */
  lookup(s: Sketch): { entry: Entry; containment: number }[] {
    if (s.size < NEAR_DUPLICATE.minShingles) return [];
    const hits: { entry: Entry; containment: number }[] = [];
    for (const c of this.#lsh.candidates(s).slice(0, NEAR_DUPLICATE.maxCandidates)) {
      const e = this.#entries[c.id]!;
      if (e.sketch.size < NEAR_DUPLICATE.minShingles) continue;
      const k = containment(s, e.sketch);
      if (k >= NEAR_DUPLICATE.minContainment) hits.push({ entry: e, containment: k });
    }
    return hits.sort((a, b) => b.containment - a.containment);
  }

  /**
   * Adds an article; returns its group's canonical id when it is a copy of a stored one, else null. An article
   * that copies members of several groups (two trimmed copies that arrived before their original) joins them.
   */
  add(input: NearDuplicateInput): NearDuplicateMatch | null {
    const existing = this.#byId.get(input.id);
    if (existing)
      return existing.group.canonical === existing
        ? null
        : { canonical: existing.group.canonical.id, matched: null, containment: 1, recanonicalised: [] };
    const s = input.sketch ?? NearDuplicateIndex.sketchOf(input.text);
    const hits = this.lookup(s);
    const entry: Entry = { id: input.id, time: input.time, outlet: input.outlet ?? null, sketch: s, group: null! };
    entry.group = { canonical: entry, members: [entry] };
    this.#lsh.add(this.#entries.length, s);
    this.#entries.push(entry);
    this.#byId.set(entry.id, entry);
    if (hits.length === 0) return null;

    const before = new Map<Entry, string>();
    const groups = [...new Set(hits.map((h) => h.entry.group))];
    for (const g of groups) for (const m of g.members) before.set(m, g.canonical.id);
    const group = groups[0]!;
    for (const g of [...groups.slice(1), entry.group]) {
      for (const m of g.members) {
        m.group = group;
        group.members.push(m);
      }
      if (g.canonical.time < group.canonical.time) group.canonical = g.canonical;
    }
    const recanonicalised = [...before]
      .filter(([m, was]) => was !== group.canonical.id && m !== group.canonical)
      .map(([m]) => m.id);
    return {
      canonical: group.canonical.id,
      matched: hits[0]!.entry.id,
      containment: hits[0]!.containment,
      recanonicalised,
    };
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
