/**
 * Recent search results, reused for `SEARCH_TTL_MS`. A full-text query over 100,000 articles costs 15–40 ms in
 * SQLite; popular queries repeat within seconds on a news desk, and a result up to half a minute old is fine
 * for a search page (the article pages themselves are always current).
 */
import type { Page, SearchHit, SearchQuery } from '../store/port.js';
import { LruCache } from './lru-cache.js';

export const SEARCH_TTL_MS = 30_000;

export class SearchCache {
  private readonly lru: LruCache<{ at: number; value: Promise<Page<SearchHit>> }>;

  constructor(size = 500) {
    this.lru = new LruCache(size);
  }

  /** The cached result of this exact query when younger than the TTL, else the loader's (then cached). */
  get(query: SearchQuery, now: number, load: () => Promise<Page<SearchHit>>): Promise<Page<SearchHit>> {
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
