import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishConfig } from './config.js';
import { silentLogger } from './deps.js';
import { startServer, type RunningServer } from './start-server.js';
import { makeAnalysis, makeArticle } from './testing/fixtures.js';
import { MemoryStore } from './testing/memory-store.js';
import { sendRaw, type RawAnswer } from './testing/raw-request.js';

const now = () => new Date('2023-09-11T12:00:00Z');

/** A request as sent; status, headers but the date and connection ones, and the raw body. */
async function send(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawAnswer> {
  const answer = await sendRaw(url, headers, method);
  const { date: _date, connection: _c, 'keep-alive': _k, ...rest } = answer.headers;
  return { ...answer, headers: rest };
}

describe('the article fast path', () => {
  let server: RunningServer;
  let store: MemoryStore;
  let failing = false;
  let reads = 0;
  beforeAll(async () => {
    store = new MemoryStore(now);
    for (const id of ['a1', 'a3'])
      await store.upsertArticle({ article: makeArticle({ id }), analysis: makeAnalysis(), source: 'test' });
    const getArticle = store.getArticle.bind(store);
    const articlePage = store.articlePage.bind(store);
    store.getArticle = (id) => {
      reads++;
      return failing ? Promise.reject(new Error('store: down')) : getArticle(id);
    };
    store.articlePage = (id, key) => (failing ? Promise.reject(new Error('store: down')) : articlePage(id, key));
    server = await startServer(
      (url) => ({ store, config: publishConfig({ baseUrl: url }), clock: now, logger: silentLogger }),
      { host: '127.0.0.1', port: 0 },
    );
  });
  afterAll(() => server.close());

  it('answers an article page as the app does, rendered and then stored (a query sends it to the app)', async () => {
    const fast = await send(`${server.url}/article/a1`);
    const viaApp = await send(`${server.url}/article/a1?from=app`);
    expect(fast.status).toBe(200);
    expect(fast.body.toString('utf8')).toContain('<h1 id="headline">');
    expect(fast).toEqual(viaApp);
    expect(Number(fast.headers['content-length'])).toBe(fast.body.length);
    expect(fast.headers.vary).toBe('Accept-Encoding');
    await server.articlePages.flush();
    // Now from the stored page: the same bytes and headers, gzip as stored to a client that takes it.
    reads = 0;
    const storedFast = await send(`${server.url}/article/a3`);
    await server.articlePages.flush();
    const plain = await send(`${server.url}/article/a3`);
    const gzip = await send(`${server.url}/article/a3`, { 'accept-encoding': 'gzip, deflate, br' });
    const gzipViaApp = await send(`${server.url}/article/a3?from=app`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(reads).toBe(1);
    expect(plain).toEqual(storedFast);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(Number(gzip.headers['content-length'])).toBe(gzip.body.length);
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    expect(gzip).toEqual(gzipViaApp);
    const { 'content-encoding': _e, 'content-length': _l, ...gzipRest } = gzip.headers;
    const { 'content-length': _pl, ...plainRest } = plain.headers;
    expect(gzipRest).toEqual(plainRest);
  });

  it('answers 304 to its validator, with the security headers and Vary, as the app does', async () => {
    const { headers } = await send(`${server.url}/article/a1`);
    const res = await send(`${server.url}/article/a1`, { 'if-none-match': String(headers.etag) });
    const viaApp = await send(`${server.url}/article/a1?from=app`, { 'if-none-match': String(headers.etag) });
    expect(res.status).toBe(304);
    expect(res.body.length).toBe(0);
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res).toEqual(viaApp);
  });

  it('leaves a missing article, HEAD and a failure to the app', async () => {
    const missing = await send(`${server.url}/article/nope`);
    expect(missing.status).toBe(404);
    expect(missing.body.toString('utf8')).toContain('<html');
    for (const encoding of [{}, { 'accept-encoding': 'gzip' }] as Record<string, string>[]) {
      const get = await send(`${server.url}/article/a3`, encoding);
      const head = await send(`${server.url}/article/a3`, encoding, 'HEAD');
      expect(head.status).toBe(200);
      expect(head.body.length).toBe(0);
      expect(head.headers).toEqual(get.headers);
    }
    failing = true;
    try {
      const failed = await send(`${server.url}/article/a2`);
      expect(failed.status).toBe(500);
    } finally {
      failing = false;
    }
  });
});
