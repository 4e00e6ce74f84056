import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Logger } from './deps.js';
import { PageWriter } from './page-writer.js';
import { RenderedPage } from './rendered-page.js';
import { makeArticle } from './testing/fixtures.js';
import { MemoryStore } from './testing/memory-store.js';

const html = new TextEncoder().encode('<!doctype html><p>page</p>');
const page = (revision = 0) => RenderedPage.rendered(revision, html, '2023-01-01T00:00:00Z');

describe('PageWriter', () => {
  it('stores the pages rendered on read in one batch, compressed, and gives the page its gzip form', async () => {
    const store = new MemoryStore();
    for (const id of ['a', 'b']) await store.upsertArticle({ article: makeArticle({ id }), source: 'test' });
    const writer = new PageWriter(store, 'key', { info() {}, warn() {}, error() {} });
    const a = page();
    writer.add('a', a);
    writer.add('b', page());
    writer.add('a', a); // asked for twice before the batch went: stored once
    await writer.flush();
    expect(a.gzip).not.toBeNull();
    const stored = (await store.articlePage('a', 'key'))!.page!;
    expect(gunzipSync(stored.gzip).equals(Buffer.from(html))).toBe(true);
    expect((await store.articlePage('b', 'key'))?.page).not.toBeNull();
  });

  it('logs a store that refuses the writes once, not once a batch', async () => {
    const store = new MemoryStore();
    store.putArticlePages = () => Promise.reject(new Error('store: attempt to write a readonly database'));
    const warnings: object[] = [];
    const logger: Logger = { info() {}, warn: (obj) => void warnings.push(obj), error() {} };
    const writer = new PageWriter(store, 'key', logger);
    for (let i = 0; i < 3; i++) {
      writer.add(`a${i}`, page());
      await writer.flush();
    }
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ pages: 1 });
  });
});
