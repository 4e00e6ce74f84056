import { describe, it, expect } from 'vitest';
import { ArticlePageCache, FRESH_MS, RecentIds } from './article-page-cache.js';
import { RenderedPage } from './rendered-page.js';

const page = (revision: number, html = '<p>a</p>') =>
  RenderedPage.rendered(revision, new TextEncoder().encode(html), '2023-01-01T00:00:00Z');

describe('ArticlePageCache', () => {
  it('keeps a page from its second request on, so one-off requests never push kept pages out', () => {
    const cache = new ArticlePageCache(2);
    cache.offer('a', page(0), 0);
    expect(cache.current('a', 0, 0)).toBeUndefined();
    const a = page(0);
    cache.offer('a', a, 0);
    expect(cache.current('a', 0, 0)).toBe(a);
    for (let i = 0; i < 100; i++) cache.offer(`once-${i}`, page(0, '<p>once</p>'), 0);
    expect(cache.current('a', 0, 0)).toBe(a);
    // A kept page's new revision replaces it at once.
    const a2 = page(1, '<p>a2</p>');
    cache.offer('a', a2, 0);
    expect(cache.current('a', 1, 0)).toBe(a2);
  });

  it('serves a page without the store only within the freshness window', () => {
    const cache = new ArticlePageCache(2);
    const p = page(3);
    cache.offer('a', p, 0);
    cache.offer('a', p, 1000);
    expect(cache.fresh('a', 1000 + FRESH_MS - 1)).toBe(p);
    expect(cache.fresh('a', 1000 + FRESH_MS)).toBeUndefined();
    expect(cache.current('a', 4, 5000)).toBeUndefined();
    expect(cache.current('a', 3, 5000)).toBe(p);
    expect(cache.fresh('a', 5000 + FRESH_MS - 1)).toBe(p);
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
