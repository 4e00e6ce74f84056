/**
 * The contingency table between a gold and a predicted clustering, the common ground of every scorer here.
 * Both clusterings are maps from item id to a label; only items present in both are scored.
 */
export interface Contingency {
  /** Number of scored items. */
  n: number;
  /** cell count keyed `${gold}\u0000${pred}`. */
  cells: Map<string, { gold: string; pred: string; count: number }>;
  goldSizes: Map<string, number>;
  predSizes: Map<string, number>;
}

/** Builds the contingency table; throws when the clusterings share no item. */
export function contingency(gold: ReadonlyMap<string, string>, pred: ReadonlyMap<string, string>): Contingency {
  const cells = new Map<string, { gold: string; pred: string; count: number }>();
  const goldSizes = new Map<string, number>();
  const predSizes = new Map<string, number>();
  let n = 0;
  for (const [id, g] of gold) {
    const p = pred.get(id);
    if (p === undefined) continue;
    n++;
    const key = `${g}\u0000${p}`;
    const cell = cells.get(key);
    if (cell) cell.count++;
    else cells.set(key, { gold: g, pred: p, count: 1 });
    goldSizes.set(g, (goldSizes.get(g) ?? 0) + 1);
    predSizes.set(p, (predSizes.get(p) ?? 0) + 1);
  }
  if (n === 0) throw new Error('scoring: the gold and predicted clusterings share no item');
  return { n, cells, goldSizes, predSizes };
}
