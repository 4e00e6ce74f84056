import { describe, it, expect, beforeAll } from 'vitest';
import { createApp } from './app.js';
import { publishConfig } from './config.js';
import { silentLogger, type IngestOne } from './deps.js';
import { MemoryStore } from './testing/memory-store.js';
import { makeAnalysis, makeArticle, makeStory } from './testing/fixtures.js';

const now = () => new Date('2023-09-11T12:00:00Z');

async function seeded(options: { token?: string | null; ingest?: IngestOne } = {}) {
  const store = new MemoryStore(now);
  await store.upsertArticle({ article: makeArticle({ id: 'a1' }), analysis: makeAnalysis(), source: 'test' });
  await store.upsertArticle({
    article: makeArticle({ id: 'a2', siteName: 'Other Wire', title: 'Putin waits in Vladivostok', language: 'ko' }),
    analysis: makeAnalysis(),
    source: 'test',
  });
  await store.saveStory(makeStory('s1', ['a1', 'a2'], ['Example News', 'Other Wire']));
  await store.setStory('a1', 's1');
  await store.setStory('a2', 's1');
  const config = publishConfig({ baseUrl: 'https://desk.example', token: options.token ?? null });
  return createApp({ store, config, clock: now, logger: silentLogger, ingest: options.ingest });
}

describe('createApp pages', () => {
  let app: Awaited<ReturnType<typeof seeded>>;
  beforeAll(async () => {
    app = await seeded();
  });

  it('sets the security headers on pages, errors and assets', async () => {
    for (const path of ['/', '/nope', '/static/style.css', '/api/v1/outlets', '/article/a1', '/search?q=train']) {
      const res = await app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBeTruthy();
    }
  });

  it('tells the reader of an empty desk how to fill it, the commands set as code', async () => {
    const empty = createApp({ store: new MemoryStore(now), config: publishConfig(), clock: now, logger: silentLogger });
    const body = await (await empty.request('/')).text();
    expect(body).toContain('No articles yet. Ingest some with <code>dateline ingest</code>');
    expect(body).not.toContain('&#96;');
  });

  it('renders the front page with moving stories and outlet filter', async () => {
    const res = await app.request('/');
    const body = await res.text();
    expect(res.status).toBe(200);
    expect(body).toContain('Stories that are moving');
    expect(body).toContain('href="/story/s1"');
    expect(body).toContain('href="/article/a1"');
    const filtered = await (await app.request('/?outlet=Other%20Wire')).text();
    expect(filtered).toContain('href="/article/a2"');
    expect(filtered).not.toContain('href="/article/a1"');
    const lang = await (await app.request('/?language=ko')).text();
    expect(lang).not.toContain('href="/article/a1"');
  });

  it('renders the article page like a news page with the desk view', async () => {
    const res = await app.request('/article/a1');
    const body = await res.text();
    expect(res.status).toBe(200);
    expect(body).toContain('<h1 id="headline">Kim Jong Un leaves North Korea on train to meet Putin</h1>');
    expect(body).toContain('class="dek"');
    expect(body).toContain('Jane Reporter');
    expect(body).toContain('<span class="dl">Pyongyang</span>');
    expect(body).toContain('Photo: KCNA/Kyodo');
    expect(body).toContain('Image not available');
    expect(body).toContain('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fdesk.example%2Farticle%2Fa1');
    expect(body).toContain('https://wa.me/?text=');
    expect(body).toContain('(anonymous)');
    expect(body).toContain('href="/entity/person/Kim%20Jong%20Un"');
    expect(body).toMatch(/<svg[^>]*role="img"/);
    expect(body).toContain('<text');
    expect(body).toContain('Vladivostok');
    expect(body).toContain('"@type":"NewsArticle"');
    expect(body).toContain('property="og:title"');
    expect(body).toContain('href="https://news.example.com/a1"');
  });

  it('answers a matching If-None-Match with 304', async () => {
    const first = await app.request('/article/a1');
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    const second = await app.request('/article/a1', { headers: { 'if-none-match': etag } });
    expect(second.status).toBe(304);
    expect(second.headers.get('etag')).toBe(etag);
    expect(second.headers.get('content-security-policy')).toContain("default-src 'none'");
    const listed = await app.request('/article/a1', { headers: { 'if-none-match': `"other", ${etag}` } });
    expect(listed.status).toBe(304);
    const stale = await app.request('/article/a1', { headers: { 'if-none-match': 'W/"other"' } });
    expect(stale.status).toBe(200);
  });

  it('serves a new page and ETag once the article is filed into another story', async () => {
    let t = Date.parse('2023-09-11T12:00:00Z');
    const clock = () => new Date(t);
    const store = new MemoryStore(clock);
    await store.upsertArticle({ article: makeArticle({ id: 'a1' }), analysis: makeAnalysis(), source: 'test' });
    const app = createApp({ store, config: publishConfig(), clock, logger: silentLogger });
    const before = await app.request('/article/a1');
    expect(await before.text()).not.toContain('/story/s9');
    await store.saveStory(makeStory('s9', ['a1'], ['Example News']));
    await store.setStory('a1', 's9');
    t += 2000; // past the freshness window
    const after = await app.request('/article/a1');
    expect(await after.text()).toContain('href="/story/s9"');
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
  });

  it('redirects a page address with a trailing slash to the address without it', async () => {
    for (const [path, to] of [
      ['/article/a1/', '/article/a1'],
      ['/search/?q=train', '/search?q=train'],
      ['/outlet/Other%20Wire//', '/outlet/Other%20Wire'],
      ['/api/v1/articles/', '/api/v1/articles'],
    ]) {
      const res = await app.request(path!);
      expect(res.status, path).toBe(301);
      expect(res.headers.get('location'), path).toBe(to);
    }
    // No page without the slash either: still 404.
    expect((await app.request('/nope/')).status).toBe(404);
    expect((await app.request('/article/')).status).toBe(404);
    for (const path of ['//evil.example/', '//article/a1/'])
      expect((await app.request(`https://desk.example${path}`)).headers.get('location'), path).toBeNull();
  });

  it('renders 404 pages for unknown articles and paths, saying what was looked for', async () => {
    for (const [path, said] of [
      ['/article/missing', 'There is no article with id "missing" on this desk.'],
      ['/story/s9', 'There is no story with id "s9" on this desk.'],
      ['/outlet/Nowhere%20Gazette', 'There is no outlet named "Nowhere Gazette" on this desk.'],
      ['/entity/person/Nobody', 'There is no person named "Nobody" on this desk.'],
      ['/entity/%3Cb%3E/x', 'There is no entity named "x" on this desk.'],
    ]) {
      const page = await app.request(path!);
      expect(page.status, path).toBe(404);
      expect((await page.text()).replace(/\s+/g, ' '), path).toContain(said!.replace(/"/g, '&quot;'));
    }
    const res = await app.request('/no/such/page');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Page not found');
  });

  it('searches with operators and shows highlighted snippets', async () => {
    const body = await (await app.request('/search?q=train+quoted%3AKCNA')).text();
    expect(body).toContain('<mark>train</mark>');
    expect(body).toMatch(/2\s+results/);
    const none = await (await app.request('/search?q=quoted%3ANobody')).text();
    expect(none).toMatch(/0\s+results/);
  });

  it('renders outlet, entity and story pages', async () => {
    expect(await (await app.request('/outlet/Other%20Wire')).text()).toContain('Putin waits in Vladivostok');
    const entity = await (await app.request('/entity/place/Vladivostok')).text();
    expect(entity).toContain('<h1>Vladivostok</h1>');
    const story = await (await app.request('/story/s1')).text();
    expect(story).toContain('reported first');
    expect(story).toContain('corroborated');
    expect(story).toContain('conflicting');
    expect(story).toContain('<th scope="col">Other Wire</th>');
    expect((await app.request('/story/nope')).status).toBe(404);
  });

  it('counts every article of a story bigger than its page draws, and says the timeline is cut', async () => {
    const store = new MemoryStore(now);
    const ids = Array.from({ length: 65 }, (_, i) => `big${i}`);
    for (const id of ids) await store.upsertArticle({ article: makeArticle({ id }), analysis: makeAnalysis(), source: 'test' }); // prettier-ignore
    await store.saveStory(makeStory('big0', ids, ['Example News']));
    const big = createApp({ store, config: publishConfig({ baseUrl: 'https://desk.example' }), clock: now, logger: silentLogger }); // prettier-ignore
    const page = await (await big.request('/story/big0')).text();
    expect(page).toMatch(/Story · 65 articles · 1 outlet\s*<\/p>/);
    expect(page).toContain('Showing the first 60 of 65 articles.');
  });

  it('redirects a story merged away to the story that holds its articles', async () => {
    const store = new MemoryStore(now);
    for (const id of ['a1', 'a2']) {
      await store.upsertArticle({ article: makeArticle({ id }), analysis: makeAnalysis(), source: 'test' });
      await store.setStory(id, 's1');
    }
    await store.saveStory(makeStory('s1', ['a1', 'a2'], ['Example News']));
    // Story ids are article ids: "a1" and "a2" were each their own story until they merged into s1; a2's row was
    // deleted, a1's left empty (as an older desk did).
    await store.saveStory({ ...makeStory('a1', [], []), title: '' });
    const config = publishConfig({ baseUrl: 'https://desk.example', token: null });
    const merged = createApp({ store, config, clock: now, logger: silentLogger });
    for (const path of ['/story/a2', '/story/a1']) {
      const res = await merged.request(path);
      expect(res.status).toBe(301);
      expect(res.headers.get('location')).toBe('/story/s1');
    }
    const api = await merged.request('/api/v1/stories/a2');
    expect(api.status).toBe(301);
    expect(api.headers.get('location')).toBe('/api/v1/stories/s1');
    const gone = await merged.request('/api/v1/stories/nope');
    expect(gone.status).toBe(404);
    expect(await gone.json()).toEqual({ error: { code: 'not-found', message: expect.any(String) } });
  });

  it('serves static assets with caching headers', async () => {
    const css = await app.request('/static/style.css');
    expect(css.headers.get('content-type')).toContain('text/css');
    expect(css.headers.get('cache-control')).toContain('max-age');
    expect(await css.text()).toContain('prefers-color-scheme:dark');
    const js = await app.request('/static/share.js');
    expect(await js.text()).toContain('navigator.share');
    const icon = await app.request('/static/favicon.svg');
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(await icon.text()).toMatch(/^<svg /);
    const ico = await app.request('/favicon.ico');
    expect(ico.status).toBe(301);
    expect(ico.headers.get('location')).toBe('/static/favicon.svg');
    expect(await (await app.request('/')).text()).toContain('<link rel="icon" href="/static/favicon.svg"');
  });
});

describe('createApp feeds', () => {
  it('serves RSS, Atom and JSON Feed with absolute URLs and the right types', async () => {
    const app = await seeded();
    const rss = await app.request('/feed/rss');
    expect(rss.headers.get('content-type')).toContain('application/rss+xml');
    expect(await rss.text()).toContain('<link>https://desk.example/article/a1</link>');
    const atom = await app.request('/outlet/Example%20News/feed/atom');
    expect(atom.headers.get('content-type')).toContain('application/atom+xml');
    const atomText = await atom.text();
    expect(atomText).toContain('href="https://desk.example/article/a1"');
    expect(atomText).not.toContain('/article/a2');
    const json = await app.request('/story/s1/feed/json');
    expect(json.headers.get('content-type')).toContain('application/feed+json');
    const feed = (await json.json()) as { version: string; items: { url: string }[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items).toHaveLength(2);
    const search = await (await app.request('/search/feed/rss?q=Vladivostok')).text();
    expect(search).toContain('Putin waits in Vladivostok');
    expect((await app.request('/feed/yaml')).status).toBe(404);
  });
});

describe('createApp feeds: conditional GET', () => {
  it('tags each feed, answers 304 to its tag, and a new tag once an article joins', async () => {
    const store = new MemoryStore(now);
    await store.upsertArticle({ article: makeArticle({ id: 'a1' }), analysis: makeAnalysis(), source: 'test' });
    const app = createApp({ store, config: publishConfig(), clock: now, logger: silentLogger });
    for (const path of ['/feed/rss', '/feed/atom', '/feed/json', '/search/feed/rss?q=Kim']) {
      const first = await app.request(path);
      const etag = first.headers.get('etag');
      expect(etag, path).toMatch(/^W\/"[\w-]{27}"$/);
      const again = await app.request(path, { headers: { 'If-None-Match': etag! } });
      expect(again.status, path).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('etag')).toBe(etag);
      expect((await app.request(path, { headers: { 'If-None-Match': 'W/"other"' } })).status).toBe(200);
    }
    const before = (await app.request('/feed/rss')).headers.get('etag')!;
    await store.upsertArticle({
      article: makeArticle({ id: 'a3', title: 'Kim meets ferry crews', publishedAt: '2001-01-01T00:00:00Z' }),
      analysis: makeAnalysis(),
      source: 'test',
    });
    // An article published long ago changes the feed without moving its newest date: the tag still moves.
    const after = await app.request('/feed/rss', { headers: { 'If-None-Match': before } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before);
  });
});

describe('createApp API', () => {
  it('lists, gets and searches articles, outlets, stories and entities', async () => {
    const app = await seeded();
    const list = (await (await app.request('/api/v1/articles?limit=1')).json()) as { items: unknown[]; total: number };
    expect(list.items).toHaveLength(1);
    expect(list.total).toBe(2);
    const one = (await (await app.request('/api/v1/articles/a1')).json()) as { analysis: { attributions: unknown[] } };
    expect(one.analysis.attributions).toHaveLength(2);
    const hits = (await (await app.request('/api/v1/search?q=place:Khasan')).json()) as { total: number };
    expect(hits.total).toBe(2);
    expect((await app.request('/api/v1/search')).status).toBe(400);
    expect(((await (await app.request('/api/v1/outlets')).json()) as { items: unknown[] }).items).toHaveLength(2);
    expect(((await (await app.request('/api/v1/stories')).json()) as { items: unknown[] }).items).toHaveLength(1);
    // Paged as articles are: limit and offset, the total beside them.
    expect(await (await app.request('/api/v1/stories?limit=1&offset=1')).json()).toEqual({
      items: [],
      total: 1,
      limit: 1,
      offset: 1,
    });
    expect((await app.request('/api/v1/stories?offset=-1')).status).toBe(400);
    expect((await app.request('/api/v1/stories/s1')).status).toBe(200);
    expect((await app.request('/api/v1/entities/organization/KCNA')).status).toBe(200);
    const kind = await app.request('/api/v1/entities/persons/KCNA');
    expect(kind.status).toBe(404);
    expect(((await kind.json()) as { error: { message: string } }).error.message).toBe(
      'no entity kind "persons"; kinds are person, organization, place, other',
    );
    const missing = await app.request('/api/v1/articles/none');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: 'not-found', message: 'no article with id "none"' } });
    const noStory = (await (await app.request('/api/v1/stories/s9')).json()) as { error: { message: string } };
    expect(noStory.error.message).toBe('no story with id "s9"');
    const noEntity = await app.request('/api/v1/entities/person/Nobody%20Here');
    expect(((await noEntity.json()) as { error: { message: string } }).error.message).toBe(
      'no person named "Nobody Here"',
    );
    expect(((await (await app.request('/api/v1/nope')).json()) as { error: { code: string } }).error.code).toBe(
      'not-found',
    );
  });

  it('guards ingest with the bearer token', async () => {
    const calls: unknown[] = [];
    const ingest: IngestOne = async (input) => {
      calls.push(input);
      return { ok: true, id: 'new', created: true };
    };
    const post = (app: Awaited<ReturnType<typeof seeded>>, headers: Record<string, string>, body: unknown) =>
      app.request('/api/v1/ingest', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });

    const disabled = await seeded({ ingest });
    expect((await post(disabled, { authorization: 'Bearer x' }, { url: 'https://a.example/' })).status).toBe(403);

    const app = await seeded({ token: 'sekret', ingest });
    expect((await post(app, {}, { url: 'https://a.example/' })).status).toBe(401);
    expect((await post(app, { authorization: 'Bearer wrong' }, { url: 'https://a.example/' })).status).toBe(403);
    expect((await post(app, { authorization: 'Bearer sekret' }, { url: 'javascript:alert(1)' })).status).toBe(400);
    const ok = await post(app, { authorization: 'Bearer sekret' }, { url: 'https://a.example/x', html: '<p>hi</p>' });
    expect(ok.status).toBe(201);
    expect(calls).toEqual([{ url: 'https://a.example/x', html: '<p>hi</p>' }]);
  });

  it('answers 405 with Allow for a path that another method serves, 404 for no path at all', async () => {
    const app = await seeded({ token: 'sekret' });
    const get = await app.request('/api/v1/ingest');
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST, OPTIONS');
    expect(await get.json()).toEqual({
      error: { code: 'method-not-allowed', message: 'GET is not allowed here; this address answers POST' },
    });
    const put = await app.request('/api/v1/articles/a1', { method: 'PUT', body: '{}' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    for (const path of ['/', '/article/a1', '/search?q=train', '/feed/rss']) {
      const post = await app.request(path, { method: 'POST', body: 'x=1' });
      expect(post.status, path).toBe(405);
      expect(post.headers.get('allow'), path).toBe('GET, HEAD, OPTIONS');
      expect(post.headers.get('content-security-policy'), path).toBeTruthy();
      expect(await post.text(), path).toContain('Method not allowed');
    }
    const options = await app.request('/api/v1/search', { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect((await app.request('/api/v1/nope', { method: 'POST' })).status).toBe(404);
    expect((await app.request('/nope', { method: 'DELETE' })).status).toBe(404);
  });

  it('describes every route in an OpenAPI 3.1 document', async () => {
    const app = await seeded();
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe('3.1.0');
    for (const p of [
      '/articles',
      '/articles/{id}',
      '/search',
      '/outlets',
      '/stories',
      '/stories/{id}',
      '/entities/{kind}/{name}',
      '/ingest',
    ])
      expect(doc.paths).toHaveProperty([p]);
  });

  it('documents every field the API answers with, and answers every field it documents', async () => {
    const app = await seeded();
    type Schema = {
      $ref?: string;
      allOf?: Schema[];
      properties?: Record<string, Schema>;
      items?: Schema;
      required?: string[];
    };
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, { get: { responses: Record<string, { content: Record<string, { schema: Schema }> }> } }>;
      components: { schemas: Record<string, Schema> };
    };
    const deref = (s: Schema): Schema => (s.$ref ? deref(doc.components.schemas[s.$ref.split('/').pop()!]!) : s);
    const propertiesOf = (s: Schema): Record<string, Schema> | undefined =>
      s.allOf ? Object.assign({}, ...s.allOf.map((part) => propertiesOf(deref(part)))) : s.properties;
    // Fields answered but not documented, and documented but never answered (optional fields aside).
    const differences = (schema: Schema, value: unknown, at: string, out: string[]) => {
      const s = deref(schema);
      if (Array.isArray(value)) return value.forEach((v, i) => s.items && differences(s.items, v, `${at}[${i}]`, out));
      const properties = propertiesOf(s);
      if (value === null || typeof value !== 'object' || !properties) return;
      for (const [key, v] of Object.entries(value))
        if (properties[key]) differences(properties[key], v, `${at}.${key}`, out);
        else out.push(`undocumented ${at}.${key}`);
      for (const key of s.required ?? []) if (!(key in value)) out.push(`missing ${at}.${key}`);
    };
    for (const [path, url] of [
      ['/articles', '/api/v1/articles'],
      ['/articles/{id}', '/api/v1/articles/a1'],
      ['/search', '/api/v1/search?q=Putin+quoted:KCNA'],
      ['/outlets', '/api/v1/outlets'],
      ['/stories', '/api/v1/stories'],
      ['/stories/{id}', '/api/v1/stories/s1'],
      ['/entities/{kind}/{name}', '/api/v1/entities/organization/KCNA'],
      ['/search', '/api/v1/search?q=the'],
      ['/articles/{id}', '/api/v1/articles/nope'],
    ] as const) {
      const res = await app.request(url);
      const documented = doc.paths[path]!.get.responses[String(res.status)];
      expect(documented, `${url} ${res.status}`).toBeDefined();
      const out: string[] = [];
      differences(documented!.content['application/json']!.schema, await res.json(), '', out);
      expect(out, url).toEqual([]);
    }
  });

  it('refuses a parameter an item endpoint does not take, as the lists do, rather than ignore it', async () => {
    const app = await seeded();
    for (const url of [
      '/api/v1/articles/a1?limit=5',
      '/api/v1/stories/s1?offset=20',
      '/api/v1/entities/organization/KCNA?limit=5',
    ]) {
      const res = await app.request(url);
      expect(res.status, url).toBe(400);
      const body = (await res.json()) as { error: { code: string; param: string; message: string } };
      expect(body.error.code).toBe('bad-request');
      expect(['limit', 'offset']).toContain(body.error.param);
      expect(body.error.message).toContain('this endpoint takes none');
    }
    expect((await app.request('/api/v1/entities/organization/KCNA')).status).toBe(200);
  });

  it('answers 500 with the error shape when the store fails', async () => {
    const store = new MemoryStore(now);
    store.getArticle = async () => {
      throw new Error('store: disk on fire');
    };
    store.articlePage = async () => {
      throw new Error('store: disk on fire');
    };
    const app = createApp({ store, config: publishConfig(), clock: now, logger: silentLogger });
    const api = await app.request('/api/v1/articles/x');
    expect(api.status).toBe(500);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('internal');
    const page = await app.request('/article/x');
    expect(page.status).toBe(500);
    expect(page.headers.get('content-security-policy')).toBeTruthy();
    expect(await page.text()).not.toContain('disk on fire');
  });
});

describe('createApp over the SQLite store', () => {
  it('renders stored articles, search snippets and entity pages', async () => {
    const { openStore } = await import('../store/open-store.js');
    const store = await openStore({ kind: 'sqlite', path: ':memory:' }, { now });
    try {
      await store.upsertArticle({ article: makeArticle({ id: 'x' }), analysis: makeAnalysis(), source: 'test' });
      const id = (await store.listArticles({ limit: 1 })).items[0]!.id;
      const app = createApp({ store, config: publishConfig(), clock: now, logger: silentLogger });
      expect(await (await app.request(`/article/${encodeURIComponent(id)}`)).text()).toContain('Photo: KCNA/Kyodo');
      expect(await (await app.request('/search?q=Vladivostok')).text()).toMatch(/<mark>Vladivostok<\/mark>/);
      expect((await app.request('/entity/place/Vladivostok')).status).toBe(200);
    } finally {
      await store.close();
    }
  });
});
