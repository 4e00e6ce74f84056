import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../store/open-store.js';
import type { Store } from '../../store/port.js';
import { createApp } from '../app.js';
import { publishConfig } from '../config.js';
import { silentLogger } from '../deps.js';
import { makeAnalysis, makeArticle } from '../testing/fixtures.js';

const now = () => new Date('2024-04-02T12:00:00Z');
const stores: Store[] = [];
afterEach(async () => {
  while (stores.length) await stores.pop()!.close();
});

/** Three articles on a ferry strike: the oldest says "ferry" most, so relevance and date disagree. */
async function desk(pageSize = 10) {
  const store = await openStore({ kind: 'sqlite', path: ':memory:' }, { now });
  stores.push(store);
  const add = async (id: string, title: string, paragraphs: string[], publishedAt: string) => {
    const text = paragraphs.join('\n\n');
    const body = { html: paragraphs.map((p) => `<p>${p}</p>`).join(''), text, paragraphs };
    const article = makeArticle({ id, title, body, publishedAt, url: `https://news.example.com/${id}` });
    return (await store.upsertArticle({ article, analysis: makeAnalysis(), source: 'test' })).id;
  };
  const ids = {
    oldest: await add('f1', 'Ferry strike halts ferry crossings', ['The ferry strike stopped every ferry on the lake.'], '2024-01-05'), // prettier-ignore
    newest: await add('f3', 'Council sets budget', ['A new ferry timetable was mentioned in passing.'], '2024-03-20'),
    middle: await add('f2', 'Harbour works begin', ['Work on the old ferry pier began on Monday.'], '2024-02-11'),
  };
  const app = createApp({ store, config: publishConfig({ baseUrl: 'https://desk.example', pageSize }), clock: now, logger: silentLogger }); // prettier-ignore
  return { app, ids };
}

const order = (body: string, titles: string[]) =>
  titles.map((t) => body.indexOf(t)).every((at, i, all) => at >= 0 && (i === 0 || at > all[i - 1]!));

describe('search sort', () => {
  it('orders the search page by date when asked, with a control that keeps the choice and the pager carrying it', async () => {
    const { app } = await desk(1);
    const byDate = await (await app.request('/search?q=ferry&sort=date')).text();
    expect(byDate).toContain('Council sets budget');
    expect(byDate).toContain('Newest first.');
    expect(byDate).toMatch(/<select id="s-sort"[^>]*name="sort">/);
    expect(byDate).toMatch(/<option value="date"\s+selected>Newest first<\/option>/);
    expect(byDate).toMatch(/href="\/search\?q=ferry&amp;sort=date&amp;page=2"/);
    const byRelevance = await (await app.request('/search?q=ferry')).text();
    expect(byRelevance).toContain('Ferry strike halts ferry crossings');
    expect(byRelevance).toContain('Best matches first.');
    expect(byRelevance).not.toMatch(/<option value="date"\s+selected>/);
  });

  it('lists every hit newest first on one page', async () => {
    const { app } = await desk();
    const body = await (await app.request('/search?q=ferry&sort=date')).text();
    expect(order(body, ['Council sets budget', 'Harbour works begin', 'Ferry strike halts ferry crossings'])).toBe(
      true,
    );
  });

  it('answers an unknown sort with 400, naming the field, on the page, the API and the feed', async () => {
    const { app } = await desk();
    const page = await app.request('/search?q=ferry&sort=oldest');
    expect(page.status).toBe(400);
    const text = await page.text();
    expect(text).toContain('sort must be relevance or date (got &quot;oldest&quot;)');
    expect(text).toMatch(/id="s-sort"\s+aria-invalid="true"/);
    for (const url of ['/api/v1/search?q=ferry&sort=oldest', '/search/feed/json?q=ferry&sort=oldest']) {
      const res = await app.request(url);
      expect(res.status, url).toBe(400);
      const body = (await res.json()) as { error: { code: string; param: string; message: string } };
      expect(body.error, url).toMatchObject({ code: 'bad-request', param: 'sort' });
    }
  });

  it('sorts the JSON API and the search feed by date', async () => {
    const { app, ids } = await desk();
    const api = (await (await app.request('/api/v1/search?q=ferry&sort=date')).json()) as {
      items: { id: string; rank: number }[];
      query: { sort?: string };
    };
    expect(api.items.map((h) => h.id)).toEqual([ids.newest, ids.middle, ids.oldest]);
    expect(api.query.sort).toBe('date');
    const ranked = (await (await app.request('/api/v1/search?q=ferry&sort=relevance')).json()) as {
      items: { id: string }[];
    };
    expect(ranked.items[0]!.id).toBe(ids.oldest);
    const feed = (await (await app.request('/search/feed/json?q=ferry&sort=date')).json()) as {
      title: string;
      items: { title: string }[];
    };
    expect(feed.items.map((i) => i.title)).toEqual(['Council sets budget', 'Harbour works begin', 'Ferry strike halts ferry crossings']); // prettier-ignore
    expect(feed.title).toContain('newest first');
  });
});
