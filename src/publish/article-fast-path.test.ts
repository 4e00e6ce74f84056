import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishConfig } from './config.js';
import { silentLogger } from './deps.js';
import { startServer, type RunningServer } from './start-server.js';
import { makeAnalysis, makeArticle } from './testing/fixtures.js';
import { MemoryStore } from './testing/memory-store.js';

const now = () => new Date('2023-09-11T12:00:00Z');

/** Status, headers but the date, and body of an answer. */
async function answer(res: Response) {
  const headers = Object.fromEntries([...res.headers].filter(([name]) => name !== 'date'));
  return { status: res.status, headers, body: Buffer.from(await res.arrayBuffer()).toString('utf8') };
}

describe('the article fast path', () => {
  let server: RunningServer;
  let failing = false;
  beforeAll(async () => {
    const store = new MemoryStore(now);
    await store.upsertArticle({ article: makeArticle({ id: 'a1' }), analysis: makeAnalysis(), source: 'test' });
    const getArticle = store.getArticle.bind(store);
    store.getArticle = (id) => (failing ? Promise.reject(new Error('store: down')) : getArticle(id));
    server = await startServer(
      (url) => ({ store, config: publishConfig({ baseUrl: url }), clock: now, logger: silentLogger }),
      { host: '127.0.0.1', port: 0 },
    );
  });
  afterAll(() => server.close());

  it('answers an article page as the app does (a query sends the request to the app)', async () => {
    const fast = await answer(await fetch(`${server.url}/article/a1`));
    const viaApp = await answer(await fetch(`${server.url}/article/a1?from=app`));
    expect(fast.status).toBe(200);
    expect(fast.body).toContain('<h1 id="headline">');
    expect(fast).toEqual(viaApp);
    expect(Number(fast.headers['content-length'])).toBe(Buffer.byteLength(fast.body));
  });

  it('answers 304 to its validator, with the security headers', async () => {
    const { headers } = await answer(await fetch(`${server.url}/article/a1`));
    const res = await fetch(`${server.url}/article/a1`, { headers: { 'if-none-match': headers.etag! } });
    expect(res.status).toBe(304);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('leaves a missing article, HEAD and a failure to the app', async () => {
    const missing = await fetch(`${server.url}/article/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<html');
    const head = await fetch(`${server.url}/article/a1`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    failing = true;
    try {
      const failed = await fetch(`${server.url}/article/a2`);
      expect(failed.status).toBe(500);
    } finally {
      failing = false;
    }
  });
});
