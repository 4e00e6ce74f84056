/**
 * Pages and API say what they show: a story card never lists fewer outlets than it counts without "+k more",
 * a page past the end says so, a bad parameter is named (400) rather than dropped, an empty filter says so.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { publishConfig } from './config.js';
import { silentLogger } from './deps.js';
import { MemoryStore } from './testing/memory-store.js';
import { makeAnalysis, makeArticle, makeStory } from './testing/fixtures.js';
import { entityPage } from './pages/entity-page.js';
import { frontPage } from './pages/front-page.js';
import { pastLastPage } from './components/pager.js';

const now = () => new Date('2023-09-11T12:00:00Z');
const OUTLETS = [
  'Alpha Post',
  'Bravo Wire',
  'Charlie Times',
  'Delta Daily',
  'Echo Herald',
  'Foxtrot News',
  'Golf Ledger',
];

async function desk() {
  const store = new MemoryStore(now);
  const ids = OUTLETS.map((_, i) => `s${i}`);
  for (const [i, outlet] of OUTLETS.entries()) {
    const article = makeArticle({ id: ids[i]!, siteName: outlet, title: `Dock workers strike in port ${i}` });
    await store.upsertArticle({ article, analysis: makeAnalysis(), source: 'test' });
    await store.setStory(ids[i]!, 'strike');
  }
  // One outlet twice: the card counts and lists outlets, not articles.
  await store.saveStory(makeStory('strike', ids, [...OUTLETS, 'Alpha Post']));
  const config = publishConfig({ baseUrl: 'https://desk.example' });
  return createApp({ store, config, clock: now, logger: silentLogger });
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('honest pages', () => {
  let app: Awaited<ReturnType<typeof desk>>;
  beforeAll(async () => {
    app = await desk();
  });

  it('lists up to five outlets on a story card and links "+k more" to the story', async () => {
    const body = await (await app.request('/')).text();
    const card = body.slice(body.indexOf('Stories that are moving'), body.indexOf('id="latest-h"'));
    expect(text(card)).toContain('7 articles from 7 outlets');
    expect(text(card)).toContain('Alpha Post, Bravo Wire, Charlie Times, Delta Daily, Echo Herald +2 more outlets');
    expect(card).toMatch(/<a href="\/story\/strike">\+2 more/);
    expect(card).not.toContain('Foxtrot News');
  });

  it('says a search page is past the end and links to the last page', async () => {
    const res = await app.request('/search?q=strike&page=999');
    const body = text(await res.text());
    expect(res.status).toBe(200);
    expect(body).toContain('7 results');
    expect(body).not.toContain('Nothing matched');
    expect(body).toContain('Page 999 is past the end of this list, which has one page');
    const again = await (await app.request('/search?q=strike&page=999')).text();
    expect(again).toContain('href="/search?q=strike">Go to the last page (page 1)');
  });

  it('names a bad date or page on the search page with status 400 instead of dropping it', async () => {
    for (const [query, field] of [
      ['q=strike&from=not-a-date', 'from must be a date written YYYY-MM-DD'],
      ['q=strike&to=2023-02-30', 'to must be a date written YYYY-MM-DD'],
      ['q=strike+from:yesterday', 'the from: operator takes a date'],
      ['q=strike+about:', 'the about: operator needs a value right after the colon'],
      ['q=strike&page=0', 'page must be a whole number from 1'],
      ['q=strike&page=two', 'page must be a whole number from 1'],
      ['q=strike&from=2023-09-02&to=2023-09-01', 'from (2023-09-02) must not be after to (2023-09-01)'],
    ] as const) {
      const res = await app.request(`/search?${query}`);
      const body = await res.text();
      expect(res.status, query).toBe(400);
      expect(body, query).toContain('role="alert"');
      expect(text(body), query).toContain(field);
      expect(text(body), query).not.toContain('7 results');
      // A form field at fault is marked for assistive technology; the page number has no field.
      if (!query.includes('page=')) expect(body, query).toMatch(/aria-invalid="true" aria-describedby="s-problem"/);
    }
  });

  it('says a front-page filter matched nothing and offers to clear it', async () => {
    const unknown = text(await (await app.request('/?outlet=Nope')).text());
    expect(unknown).toContain('There is no outlet called “Nope” on the desk. Clear the filter');
    expect(unknown).not.toContain('dateline ingest');
    expect(await (await app.request('/?outlet=Nope')).text()).not.toContain('/feed/rss?outlet=Nope');
    expect(await (await app.request('/?outlet=Bravo%20Wire')).text()).toContain('/feed/rss?outlet=Bravo+Wire');
    const language = await (await app.request('/?outlet=Bravo%20Wire&language=ko')).text();
    expect(text(language)).toContain('No articles from Bravo Wire in language “ko”. Clear the filters');
    expect(language).toContain('<a href="/">Clear the filters</a>');
  });

  it('names a bad front-page or outlet parameter (400) and says when a page is past the end', async () => {
    const bad = await app.request('/?language=%3Cscript%3E');
    expect(bad.status).toBe(400);
    expect(text(await bad.text())).toContain('language must be a language tag such as en or pt-BR');
    const past = await app.request('/?page=40');
    expect(past.status).toBe(200);
    expect(text(await past.text())).toContain('Page 40 is past the end of this list');
    const outlet = await app.request('/outlet/Bravo%20Wire?page=x');
    expect(outlet.status).toBe(400);
    expect(text(await outlet.text())).toContain('page must be a whole number');
    expect(text(await (await app.request('/outlet/Bravo%20Wire?page=3')).text())).toContain('Go to the last page');
  });
});

describe('honest partial lists and feeds', () => {
  it('says an entity page lists only the latest of its articles and links to the search for all', async () => {
    const store = new MemoryStore(now);
    await store.upsertArticle({ article: makeArticle({ id: 'e1' }), analysis: makeAnalysis(), source: 'test' });
    const { items } = await store.listArticles({ limit: 1 });
    const page = entityPage(publishConfig(), { kind: 'place', name: 'Vladivostok', articleCount: 250 }, items);
    expect(text(page)).toContain('Showing the latest 1 of 250. Search about Vladivostok to page through all of them.');
    const whole = entityPage(publishConfig(), { kind: 'place', name: 'Vladivostok', articleCount: 1 }, items);
    expect(whole).not.toContain('Showing the latest');
  });

  it('says "at least" past the end of a search whose total is only counted up to a cap', () => {
    const paging = { path: '/search', params: { q: 'strike' }, page: 999, pageSize: 20, total: 1000 };
    const capped = text(String(pastLastPage(paging, 0, true)));
    expect(capped).toContain('which has at least 50 pages. Go to page 50');
    expect(text(String(pastLastPage(paging, 0, false)))).toContain('which has 50 pages. Go to the last page (page 50)');
    expect(pastLastPage({ ...paging, page: 50 }, 0)).toBeNull();
  });

  it('does not call a desk with articles empty when a page lies beyond what lists show', () => {
    const page = frontPage({
      config: publishConfig(),
      stories: [],
      articles: { items: [], total: 500_000 },
      outlets: [],
      filters: {},
      page: 20_000,
    });
    expect(text(page)).toContain('Page 20000 is further back than lists go');
    expect(page).not.toContain('dateline ingest');
  });

  it('answers 404 for the feed of an outlet with no articles and 301 for a merged story feed', async () => {
    const app = await desk();
    const outlet = await app.request('/outlet/Nope/feed/rss');
    expect(outlet.status).toBe(404);
    expect((await app.request('/outlet/Bravo%20Wire/feed/rss')).status).toBe(200);
    // Story ids are article ids: "s1" was its own story before it joined "strike".
    const moved = await app.request('/story/s1/feed/atom');
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe('/story/strike/feed/atom');
    expect((await app.request('/story/strike/feed/atom')).status).toBe(200);
  });
});

describe('API and feed parameters', () => {
  let app: Awaited<ReturnType<typeof desk>>;
  beforeAll(async () => {
    app = await desk();
  });

  const error = async (path: string) => {
    const res = await app.request(path);
    return {
      status: res.status,
      body: (await res.json()) as { error: { code: string; message: string; param?: string } },
    };
  };

  it('answers 400 in the error shape naming the parameter and what it accepts', async () => {
    for (const [path, param, accepts] of [
      ['/api/v1/search', 'q', 'give q or at least one filter'],
      ['/api/v1/search?q=strike&from=not-a-date', 'from', 'YYYY-MM-DD'],
      ['/api/v1/search?q=strike&limit=0', 'limit', 'from 1 to 100'],
      ['/api/v1/search?q=strike&limit=500', 'limit', 'from 1 to 100'],
      ['/api/v1/search?q=strike&offset=-1', 'offset', 'from 0 to 1000000'],
      ['/api/v1/search?q=strike+lang:!!', 'q', 'lang:en'],
      ['/api/v1/search?q=quoted:', 'q', 'the quoted: operator needs a value'],
      ['/api/v1/search?q=*', 'q', 'q has no word to search for (got "*")'],
      ['/api/v1/search?q=strike&q=port', 'q', 'q is given 2 times; give it once'],
      ['/api/v1/articles?limit=5&limit=10', 'limit', 'limit is given 2 times'],
      ['/api/v1/search?q=strike+place:%22%22', 'q', 'e.g. place:Vladivostok'],
      ['/api/v1/articles?limit=abc', 'limit', 'from 1 to 100'],
      ['/api/v1/articles?language=english%20please', 'language', 'en or pt-BR'],
      ['/api/v1/articles?page=2', 'page', 'takes outlet, language, story, limit, offset'],
      ['/api/v1/stories?limit=0', 'limit', 'from 1 to 100'],
      ['/api/v1/outlets?limit=5', 'limit', 'takes none'],
    ] as const) {
      const { status, body } = await error(path);
      expect(status, path).toBe(400);
      expect(body.error.code, path).toBe('bad-request');
      expect(body.error.param, path).toBe(param);
      expect(body.error.message, path).toContain(accepts);
    }
  });

  it('still answers good parameters, and an unknown outlet with an empty page', async () => {
    const res = await app.request('/api/v1/articles?limit=2&offset=1&language=en');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ limit: 2, offset: 1, total: 7 });
    const none = await app.request('/api/v1/articles?outlet=Nope');
    expect(await none.json()).toMatchObject({ items: [], total: 0 });
  });

  it('refuses a feed with a bad filter rather than serving the unfiltered feed', async () => {
    for (const path of ['/search/feed/rss?q=strike&from=2023-13-01', '/feed/atom?language=%2A']) {
      const { status, body } = await error(path);
      expect(status, path).toBe(400);
      expect(body.error.code, path).toBe('bad-request');
    }
    expect((await app.request('/search/feed/rss?q=strike&from=2023-01-01')).status).toBe(200);
    const empty = await error('/search/feed/rss?q=');
    expect(empty).toMatchObject({ status: 400, body: { error: { param: 'q' } } });
    const format = await error('/feed/yaml');
    expect(format.status).toBe(404);
    expect(format.body.error.message).toContain('use rss, atom or json');
  });

  it('documents the 400s and the parameter ranges in the OpenAPI document', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<
        string,
        {
          get?: {
            parameters?: { name: string; schema: Record<string, unknown> }[];
            responses: Record<string, unknown>;
          };
        }
      >;
      components: { schemas: { Error: { properties: { error: { properties: Record<string, unknown> } } } } };
    };
    for (const route of ['/articles', '/search', '/stories', '/outlets'])
      expect(doc.paths[route]!.get!.responses['400'], route).toBeTruthy();
    const params = doc.paths['/articles']!.get!.parameters!;
    expect(params.find((p) => p.name === 'limit')!.schema).toMatchObject({ minimum: 1, maximum: 100, default: 20 });
    expect(params.find((p) => p.name === 'offset')!.schema).toMatchObject({ minimum: 0, maximum: 1_000_000 });
    expect(params.find((p) => p.name === 'language')!.schema).toHaveProperty('pattern');
    expect(doc.components.schemas.Error.properties.error.properties).toHaveProperty('param');
  });
});
