/** Sparse term vectors as Maps: the texts are short (title + lead), so a Map beats typed-array hashing here. */
export type SparseVector = Map<string, number>;

/** Dot product, iterating the smaller vector. */
export function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y !== undefined) s += x * y;
  }
  return s;
}

/** Euclidean norm. */
export function norm(a: SparseVector): number {
  let s = 0;
  for (const x of a.values()) s += x * x;
  return Math.sqrt(s);
}

/** Adds `b` into `a` in place. */
export function addInto(a: SparseVector, b: SparseVector, scale = 1): void {
  for (const [k, x] of b) a.set(k, (a.get(k) ?? 0) + x * scale);
}

/** The `k` heaviest terms, heaviest first (ties by term, for determinism). */
export function topTerms(a: SparseVector, k: number): string[] {
  return [...a]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, k)
    .map(([t]) => t);
}
