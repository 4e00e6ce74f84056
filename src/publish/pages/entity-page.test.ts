import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { publishConfig } from '../config.js';
import { silentLogger } from '../deps.js';
import { makeAnalysis, makeArticle } from '../testing/fixtures.js';
import { MemoryStore } from '../testing/memory-store.js';

const now = () => new Date('2023-09-11T12:00:00Z');

async function desk() {
  const store = new MemoryStore(now);
  await store.upsertArticle({ article: makeArticle({ id: 'a1' }), analysis: makeAnalysis(), source: 'test' });
  return createApp({
    store,
    config: publishConfig({ baseUrl: 'https://desk.example' }),
    clock: now,
    logger: silentLogger,
  });
}

describe('entity page', () => {
  it('offers feeds of the articles about the entity, in the page and in its head', async () => {
    const app = await desk();
    const body = await (await app.request('/entity/organization/TASS')).text();
    const feed = '/search/feed/rss?q=about%3A%22TASS%22';
    expect(body).toContain(`<a href="${feed}">RSS</a>`);
    expect(body).toMatch(/<link\s+rel="alternate"\s+type="application\/rss\+xml"\s+title="About TASS \(RSS\)"/);
    const rss = await app.request(feed);
    expect(rss.status).toBe(200);
    expect(await rss.text()).toContain('<title>Search: about:&quot;TASS&quot; · Dateline</title>');
  });

  it('titles a search feed of filters alone by its filters', async () => {
    const app = await desk();
    const rss = await (await app.request('/search/feed/rss?outlet=Example%20News&from=2023-01-01')).text();
    expect(rss).toContain('<title>Search: outlet Example News · from 2023-01-01 · Dateline</title>');
  });
});
