/**
 * Recent searches, reused for `SEARCH_TTL_MS`: the web edition keeps the rendered page, so a repeated search
 * costs neither the store nor the template. A full-text query over 100,000 articles costs 3–15 ms of SQLite CPU
 * and rendering its page another 0.2 ms; popular queries repeat within seconds on a news desk, and a result up to
 * half a minute old is fine for a search page (the article pages themselves are always current).
 */
import { LruCache } from './lru-cache.js';

export const SEARCH_TTL_MS = 30_000;

export class SearchCache<V> {
  private readonly lru: LruCache<{ at: number; value: Promise<V> }>;

  constructor(size = 500) {
    this.lru = new LruCache(size);
  }

  /**
   * The cached value for this exact query (a search query, or a form with its page: any flat object, its keys
   * in any order) when younger than the TTL, else the loader's (then cached).
   */
  get(query: Readonly<Record<string, unknown>>, now: number, load: () => Promise<V>): Promise<V> {
    const key = JSON.stringify(query, Object.keys(query).sort());
    const hit = this.lru.get(key);
    if (hit && now - hit.at < SEARCH_TTL_MS) return hit.value;
    const value = load();
    this.lru.set(key, { at: now, value });
    // Failures are not cached: the next request asks the store again.
    value.catch(() => this.lru.set(key, { at: -Infinity, value }));
    return value;
  }
}
