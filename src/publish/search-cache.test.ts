import { describe, it, expect } from 'vitest';
import type { Page, SearchHit } from '../store/port.js';
import { SEARCH_TTL_MS, SearchCache } from './search-cache.js';

describe('SearchCache', () => {
  it('reuses a result within the TTL, for the same query only, and retries failures', async () => {
    const cache = new SearchCache<Page<SearchHit>>(10);
    let calls = 0;
    const load = async (): Promise<Page<SearchHit>> => ({ items: [], total: ++calls });
    const q = { text: 'kim', limit: 20, offset: 0 };
    expect((await cache.get(q, 0, load)).total).toBe(1);
    expect((await cache.get({ offset: 0, limit: 20, text: 'kim' }, SEARCH_TTL_MS - 1, load)).total).toBe(1);
    expect((await cache.get({ ...q, offset: 20 }, 0, load)).total).toBe(2);
    expect((await cache.get(q, SEARCH_TTL_MS, load)).total).toBe(3);
    const failing = { text: 'x', limit: 1 };
    await expect(cache.get(failing, 0, () => Promise.reject(new Error('store: down')))).rejects.toThrow();
    await Promise.resolve();
    expect((await cache.get(failing, 1, load)).total).toBe(4);
  });
});
