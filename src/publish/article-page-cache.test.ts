import { describe, it, expect } from 'vitest';
import { ArticlePageCache, FRESH_MS, pageRevision, RecentIds } from './article-page-cache.js';
import { SECURITY_HEADERS } from './security-headers.js';

const v1 = { updatedAt: '2023-01-01T00:00:00Z', storyId: null };

describe('ArticlePageCache', () => {
  it('keeps a page from its second request on, so one-off requests never push kept pages out', () => {
    const cache = new ArticlePageCache(2, 'v1');
    cache.put('a', v1, '<p>a</p>', 0);
    expect(cache.current('a', pageRevision(v1), 0)).toBeUndefined();
    const a = cache.put('a', v1, '<p>a</p>', 0);
    expect(cache.current('a', pageRevision(v1), 0)).toBe(a);
    for (let i = 0; i < 100; i++) cache.put(`once-${i}`, v1, '<p>once</p>', 0);
    expect(cache.current('a', pageRevision(v1), 0)).toBe(a);
    // A kept page's new revision replaces it at once.
    const a2 = cache.put('a', { ...v1, updatedAt: 't2' }, '<p>a2</p>', 0);
    expect(cache.current('a', pageRevision({ ...v1, updatedAt: 't2' }), 0)).toBe(a2);
  });

  it('serves a page without the store only within the freshness window', () => {
    const cache = new ArticlePageCache(2, 'v1');
    cache.put('a', v1, '<p>x</p>', 0);
    const page = cache.put('a', v1, '<p>x</p>', 1000);
    expect(cache.fresh('a', 1000 + FRESH_MS - 1)).toBe(page);
    expect(cache.fresh('a', 1000 + FRESH_MS)).toBeUndefined();
    expect(cache.current('a', pageRevision({ ...v1, updatedAt: '2023-01-02T00:00:00Z' }), 5000)).toBeUndefined();
    expect(cache.current('a', pageRevision(v1), 5000)).toBe(page);
    expect(cache.fresh('a', 5000 + FRESH_MS - 1)).toBe(page);
  });

  it('treats filing the article into a story as a new revision', () => {
    const cache = new ArticlePageCache(2, 'v1');
    cache.put('a', v1, '<p>x</p>', 0);
    const page = cache.put('a', v1, '<p>x</p>', 0);
    expect(cache.current('a', pageRevision({ ...v1, storyId: 's1' }), 5000)).toBeUndefined();
    expect(cache.put('a', { ...v1, storyId: 's1' }, '<p>x</p>', 5000).etag).not.toBe(page.etag);
  });

  it('gives a new ETag when the article or the build changes', () => {
    const a = new ArticlePageCache(5, 'v1');
    const b = new ArticlePageCache(5, 'v2');
    const e1 = a.put('x', v1, 'h', 0).etag;
    expect(a.put('x', { ...v1, updatedAt: 't2' }, 'h', 0).etag).not.toBe(e1);
    expect(b.put('x', v1, 'h', 0).etag).not.toBe(e1);
  });

  it('builds the response headers once, security headers included', () => {
    const page = new ArticlePageCache(1, 'v1').put('a', v1, 'h', 0);
    expect(page.headers).toMatchObject({
      ...SECURITY_HEADERS,
      etag: page.etag,
      'content-type': 'text/html; charset=UTF-8',
    });
    expect(page.notModifiedHeaders).toMatchObject({ ...SECURITY_HEADERS, etag: page.etag });
    expect(page.notModifiedHeaders).not.toHaveProperty('content-type');
    expect(page.headers['last-modified']).toBe('Sun, 01 Jan 2023 00:00:00 GMT');
  });
});

describe('RecentIds', () => {
  it('remembers ids added until another id takes their slot', () => {
    const recent = new RecentIds(4);
    expect(recent.has('a')).toBe(false);
    recent.add('a');
    expect(recent.has('a')).toBe(true);
    expect(recent.has('b')).toBe(false);
    // Four slots: of many other ids, some take the slot of 'a'.
    for (let i = 0; i < 100; i++) recent.add(`other-${i}`);
    expect(recent.has('a')).toBe(false);
  });

  it('holds about as many ids as it was sized for', () => {
    const recent = new RecentIds(10_000);
    for (let i = 0; i < 5000; i++) recent.add(`bench-${i}`);
    let kept = 0;
    for (let i = 0; i < 5000; i++) if (recent.has(`bench-${i}`)) kept++;
    expect(kept).toBeGreaterThan(4000);
  });
});
