/**
 * MinHash sketches (Broder 1997) of shingle sets. A sketch keeps the set's size too, so that containment —
 * the share of the smaller text found in the larger, which survives trimming and added boilerplate where Jaccard
 * does not — can be estimated from two sketches alone: |A∩B| = J·(|A|+|B|)/(1+J).
 */
import { fmix32 } from './hash.js';

/** Permutations per sketch: 128 gives a Jaccard standard error ≤ 0.045. */
export const PERMUTATIONS = 128;

export interface Sketch {
  /** Number of distinct shingles in the sketched set. */
  size: number;
  /** Minimum of each permuted hash over the set. */
  mins: Uint32Array;
}

const SEEDS: Uint32Array = (() => {
  const s = new Uint32Array(PERMUTATIONS);
  for (let i = 0; i < PERMUTATIONS; i++) s[i] = fmix32(0x9e3779b9 + i * 0x632be5ab);
  return s;
})();

/** The MinHash sketch of a set of shingle hashes. */
export function sketch(shingles: Uint32Array): Sketch {
  const mins = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (const x of shingles)
    for (let i = 0; i < PERMUTATIONS; i++) {
      const h = fmix32(x ^ SEEDS[i]!);
      if (h < mins[i]!) mins[i] = h;
    }
  return { size: shingles.length, mins };
}

/** Estimated Jaccard similarity: the share of permutations whose minima agree. */
export function jaccard(a: Sketch, b: Sketch): number {
  if (a.size === 0 || b.size === 0) return 0;
  let same = 0;
  for (let i = 0; i < PERMUTATIONS; i++) if (a.mins[i] === b.mins[i]) same++;
  return same / PERMUTATIONS;
}

/** Estimated containment of the smaller set in the larger (1 when one text is a trimmed copy of the other). */
export function containment(a: Sketch, b: Sketch): number {
  const j = jaccard(a, b);
  if (j === 0) return 0;
  const inter = (j * (a.size + b.size)) / (1 + j);
  return Math.min(1, inter / Math.min(a.size, b.size));
}
