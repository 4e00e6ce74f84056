/**
 * Maximum-weight assignment on a rectangular matrix (Kuhn–Munkres with potentials, O(n²m)). Hand-written because
 * no small, kept npm package covers rectangular maximisation; it is only used by the scorer on ≤ a few hundred
 * clusters.
 */

/** Returns the maximum total weight of a one-to-one matching between rows and columns of `w`. */
export function hungarianMax(w: readonly (readonly number[])[]): number {
  const rows = w.length;
  const cols = rows === 0 ? 0 : w[0]!.length;
  if (rows === 0 || cols === 0) return 0;
  // Work on a square cost matrix (minimisation of max - w), padded with zero-weight cells.
  const n = Math.max(rows, cols);
  let max = 0;
  for (const r of w) for (const v of r) max = Math.max(max, v);
  const cost = (i: number, j: number): number => (i < rows && j < cols ? max - w[i]![j]! : max);
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1); // p[j] = row matched to column j (1-based), 0 = none
  const way = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(n + 1).fill(Infinity);
    const used = new Uint8Array(n + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  let total = 0;
  for (let j = 1; j <= n; j++) {
    const i = p[j]! - 1;
    if (i >= 0 && i < rows && j - 1 < cols) total += w[i]![j - 1]!;
  }
  return total;
}
