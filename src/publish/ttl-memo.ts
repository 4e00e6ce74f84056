/**
 * Remembers an async answer for a short time. The outlet list on the front and search pages is a GROUP BY over
 * every article (tens of ms at 100k articles) and changes slowly, so it is computed at most once per TTL.
 */
export function ttlMemo<T>(load: () => Promise<T>, ttlMs: number, now: () => number): () => Promise<T> {
  let value: Promise<T> | null = null;
  let at = 0;
  return () => {
    const t = now();
    if (!value || t - at >= ttlMs) {
      at = t;
      value = load();
      // A failed load is not remembered: the next request tries again.
      value.catch(() => {
        value = null;
      });
    }
    return value;
  };
}
