/**
 * LSH banding over MinHash sketches: the first BANDS×ROWS minima, cut into bands; two sketches that agree on a
 * whole band are candidates. With 2 rows × 32 bands a pair at Jaccard 0.3 (a copy trimmed to a third) collides
 * with p = 1−(1−0.3²)³² ≈ 0.95, at 0.4 with p ≈ 0.996, while unrelated texts (J ≈ 0.01) collide with p ≈ 0.003.
 */
import { fmix32 } from './hash.js';
import type { Sketch } from './minhash.js';

export const BANDS = 32;
export const ROWS = 2;
/**
 * Ids kept per bucket, newest last. A bucket this full holds a stock phrase (a boilerplate shingle that is the
 * minimum of its bin in many texts), not evidence of copying; capping it keeps lookups bounded as the store grows.
 */
export const BUCKET_CAP = 24;

/** Maps band hashes to the numeric ids of the sketches that have them. */
export class LshIndex {
  /** A bucket holding one id stores the number itself: most buckets do, and an array each costs ~50 bytes. */
  readonly #buckets = new Map<number, number | number[]>();

  #keys(s: Sketch): number[] {
    const keys: number[] = [];
    for (let b = 0; b < BANDS; b++) {
      let h = fmix32(b + 1);
      for (let r = 0; r < ROWS; r++) h = fmix32(h ^ s.mins[b * ROWS + r]!);
      keys.push(h);
    }
    return keys;
  }

  /** Adds a sketch under a caller-chosen numeric id. */
  add(id: number, s: Sketch): void {
    for (const k of this.#keys(s)) {
      const held = this.#buckets.get(k);
      if (held === undefined) this.#buckets.set(k, id);
      else if (typeof held === 'number') this.#buckets.set(k, [held, id]);
      else {
        if (held.length >= BUCKET_CAP) held.shift();
        held.push(id);
      }
    }
  }

  /** Ids sharing at least one band with the sketch, with how many bands they share (most first). */
  candidates(s: Sketch): { id: number; bands: number }[] {
    const hits = new Map<number, number>();
    for (const k of this.#keys(s)) {
      const held = this.#buckets.get(k);
      if (held === undefined) continue;
      for (const id of typeof held === 'number' ? [held] : held) hits.set(id, (hits.get(id) ?? 0) + 1);
    }
    return [...hits].map(([id, bands]) => ({ id, bands })).sort((a, b) => b.bands - a.bands || a.id - b.id);
  }
}
