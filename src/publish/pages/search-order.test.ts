import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { publishConfig } from '../config.js';
import { silentLogger } from '../deps.js';
import { makeAnalysis, makeArticle } from '../testing/fixtures.js';
import { MemoryStore } from '../testing/memory-store.js';

const now = () => new Date('2023-09-11T12:00:00Z');

/** Three matching articles, one to a page. */
async function desk() {
  const store = new MemoryStore(now);
  for (const id of ['a1', 'a2', 'a3'])
    await store.upsertArticle({ article: makeArticle({ id }), analysis: makeAnalysis(), source: 'test' });
  const config = publishConfig({ baseUrl: 'https://desk.example', pageSize: 1 });
  return createApp({ store, config, clock: now, logger: silentLogger });
}

describe('search page order', () => {
  it('says a search with words is ranked and steps through it by Previous/Next, not Newer/Older', async () => {
    const app = await desk();
    const body = await (await app.request('/search?q=train&page=2')).text();
    expect(body).toContain('Best matches first.');
    expect(body).toMatch(/rel="prev" href="\/search\?q=train">← Previous</);
    expect(body).toMatch(/rel="next" href="\/search\?q=train&amp;page=3">Next →</);
    expect(body).not.toContain('Older');
  });

  it('keeps Newer/Older for operators and filters alone, which list newest first', async () => {
    const app = await desk();
    const body = await (await app.request('/search?q=quoted%3AKCNA&page=2')).text();
    expect(body).toContain('Newest first.');
    expect(body).toContain('← Newer</a>');
    expect(body).toContain('Older →</a>');
  });
});
