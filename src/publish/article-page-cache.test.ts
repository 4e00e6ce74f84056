import { describe, it, expect } from 'vitest';
import { ArticlePageCache, FRESH_MS } from './article-page-cache.js';

describe('ArticlePageCache', () => {
  it('serves a page without the store only within the freshness window', () => {
    const cache = new ArticlePageCache(2, 'v1');
    const page = cache.put('a', '2023-01-01T00:00:00Z', '<p>x</p>', 1000);
    expect(cache.fresh('a', 1000 + FRESH_MS - 1)).toBe(page);
    expect(cache.fresh('a', 1000 + FRESH_MS)).toBeUndefined();
    expect(cache.current('a', '2023-01-02T00:00:00Z', 5000)).toBeUndefined();
    expect(cache.current('a', '2023-01-01T00:00:00Z', 5000)).toBe(page);
    expect(cache.fresh('a', 5000 + FRESH_MS - 1)).toBe(page);
  });

  it('gives a new ETag when the article or the build changes', () => {
    const a = new ArticlePageCache(5, 'v1');
    const b = new ArticlePageCache(5, 'v2');
    const e1 = a.put('x', 't1', 'h', 0).etag;
    expect(a.put('x', 't2', 'h', 0).etag).not.toBe(e1);
    expect(b.put('x', 't1', 'h', 0).etag).not.toBe(e1);
  });
});
