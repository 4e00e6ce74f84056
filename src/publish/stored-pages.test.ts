import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createWebEdition } from './app.js';
import { publishConfig } from './config.js';
import { silentLogger } from './deps.js';
import { StoredPages } from './stored-pages.js';
import { makeAnalysis, makeArticle } from './testing/fixtures.js';
import { MemoryStore } from './testing/memory-store.js';

/** A clock the test moves, so the in-memory pages' freshness window can be stepped past. */
function movingClock() {
  let ms = Date.parse('2023-09-11T12:00:00Z');
  return { now: () => new Date(ms), step: () => (ms += 60_000) };
}

async function desk(ids = ['a1']) {
  const clock = movingClock();
  const store = new MemoryStore(clock.now);
  for (const id of ids)
    await store.upsertArticle({ article: makeArticle({ id }), analysis: makeAnalysis(), source: 'test' });
  const deps = {
    store,
    config: publishConfig({ baseUrl: 'https://desk.example' }),
    clock: clock.now,
    logger: silentLogger,
  };
  return { store, clock, deps, pages: new StoredPages(deps) };
}

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('StoredPages', () => {
  it('renders a page on its first read, stores it, then answers from the stored page', async () => {
    const { store, pages, deps } = await desk();
    let reads = 0;
    const getArticle = store.getArticle.bind(store);
    store.getArticle = (id) => (reads++, getArticle(id));
    const first = await pages.get('a1');
    expect(reads).toBe(1);
    expect((await store.articlePage('a1', pages.renderKey))?.page).toBeNull();
    await pages.flush();
    const stored = (await store.articlePage('a1', pages.renderKey))!.page!;
    expect(stored.etag).toBe(first!.etag);
    expect(gunzipSync(stored.gzip).equals(Buffer.from(first!.identity()))).toBe(true);
    // Another server over the same store, nothing in its memory: the stored page, the same bytes, no rendering.
    const again = await new StoredPages(deps).get('a1');
    expect(reads).toBe(1);
    expect(again!.gzip).not.toBeNull();
    expect(Buffer.from(again!.identity()).equals(Buffer.from(first!.identity()))).toBe(true);
    expect(await pages.get('missing')).toBeNull();
  });

  it('serves the new page once the article changes: ingest again, new analysis, story filing', async () => {
    const { store, clock, pages, deps } = await desk();
    const read = async () => {
      clock.step(); // past the freshness window of pages kept in memory
      const page = await pages.get('a1');
      await pages.flush();
      return text(page!.identity());
    };
    expect(await read()).toContain('Kim Jong Un leaves North Korea');
    await read(); // kept in memory from the second read on
    await store.upsertArticle({ article: makeArticle({ id: 'a1', title: 'A new headline' }), source: 'test' });
    expect(await read()).toContain('A new headline');
    expect(await read()).toContain('A new headline');
    await store.setStory('a1', 'story-7');
    expect(await read()).toContain('/story/story-7');
    await store.setAnalysis('a1', { ...makeAnalysis(), attributions: [] });
    const fresh = new StoredPages(deps);
    const page = await fresh.get('a1');
    expect(text(page!.identity())).toContain('/story/story-7');
    expect(page!.revision).toBe((await store.articlePage('a1', pages.renderKey))!.revision);
  });

  it('does not store a page rendered from an article that changed before it was written', async () => {
    const { store, clock, pages } = await desk();
    await pages.get('a1'); // rendered, waiting to be stored
    await store.upsertArticle({ article: makeArticle({ id: 'a1', title: 'Changed meanwhile' }), source: 'test' });
    await pages.flush();
    expect((await store.articlePage('a1', pages.renderKey))?.page).toBeNull();
    clock.step();
    expect(text((await pages.get('a1'))!.identity())).toContain('Changed meanwhile');
  });

  it('renders again for another build or other settings: pages stored under another render key are not served', async () => {
    const { store, deps, pages } = await desk();
    await pages.get('a1');
    await pages.flush();
    const moved = new StoredPages({ ...deps, config: publishConfig({ baseUrl: 'https://news.example' }) });
    const renamed = new StoredPages({
      ...deps,
      config: publishConfig({ baseUrl: 'https://desk.example', siteName: 'Wire' }),
    });
    expect(new Set([pages.renderKey, moved.renderKey, renamed.renderKey]).size).toBe(3);
    expect(text((await moved.get('a1'))!.identity())).toContain('https://news.example/article/a1');
    expect(text((await renamed.get('a1'))!.identity())).toContain('Wire');
    await moved.flush();
    expect((await store.articlePage('a1', moved.renderKey))?.page).not.toBeNull();
    expect((await store.articlePage('a1', pages.renderKey))?.page).toBeNull();
  });

  it('pre-renders every page without a current rendering, newest first, and only those on the next pass', async () => {
    const { store, pages } = await desk(['a1', 'a2', 'a3']);
    expect(await pages.prerender()).toMatchObject({ rendered: 3, stored: 3 });
    expect(await store.unrenderedArticles(pages.renderKey, 10)).toEqual({ articles: [], next: null });
    expect(await pages.prerender({ fast: true })).toMatchObject({ rendered: 0, stored: 0 });
    await store.setStory('a2', 's1');
    expect(await pages.prerender()).toMatchObject({ rendered: 1, stored: 1 });
    const stopped = new AbortController();
    stopped.abort();
    await store.setStory('a3', 's1');
    expect(await pages.prerender({ signal: stopped.signal })).toMatchObject({ rendered: 0 });
  });

  it('answers through the app with the stored page, gzip to clients that take it, HEAD and 304 alike', async () => {
    const { deps } = await desk();
    const edition = createWebEdition(deps);
    const plain = await edition.app.request('/article/a1');
    expect(plain.headers.get('content-encoding')).toBeNull();
    await edition.articlePages.flush();
    const stored = await edition.app.request('/article/a1', { headers: { 'accept-encoding': 'gzip' } });
    expect(stored.headers.get('content-encoding')).toBe('gzip');
    expect(stored.headers.get('vary')).toBe('Accept-Encoding');
    const body = Buffer.from(await stored.arrayBuffer());
    expect(gunzipSync(body).toString('utf8')).toBe(await plain.text());
    expect(stored.headers.get('etag')).toBe(plain.headers.get('etag'));
    const head = await edition.app.request('/article/a1', { method: 'HEAD', headers: { 'accept-encoding': 'gzip' } });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(body.length));
    const notModified = await edition.app.request('/article/a1', {
      headers: { 'if-none-match': plain.headers.get('etag')!, 'accept-encoding': 'gzip' },
    });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('vary')).toBe('Accept-Encoding');
    expect(notModified.headers.get('content-encoding')).toBeNull();
  });
});
