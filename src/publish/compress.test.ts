import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preferredEncoding } from './accept-encoding.js';
import { publishConfig } from './config.js';
import { silentLogger } from './deps.js';
import { startServer, type RunningServer } from './start-server.js';
import { makeAnalysis, makeArticle } from './testing/fixtures.js';
import { MemoryStore } from './testing/memory-store.js';
import { sendRaw, type RawAnswer } from './testing/raw-request.js';

const now = () => new Date('2023-09-11T12:00:00Z');

const send = sendRaw;

const decode = (a: RawAnswer): Buffer =>
  a.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(a.body)
    : a.headers['content-encoding'] === 'gzip'
      ? gunzipSync(a.body)
      : a.body;

describe('preferredEncoding', () => {
  it.each<[string | undefined, 'br' | 'gzip' | null]>([
    [undefined, null],
    ['', null],
    ['identity', null],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'br'],
    ['*;q=0', null],
    ['gzip;q=0, *', 'br'],
    ['x-gzip', 'gzip'],
  ])('%j → %j', (header, coding) => expect(preferredEncoding(header)).toBe(coding));
});

describe('compressed answers', () => {
  let server: RunningServer;
  beforeAll(async () => {
    const store = new MemoryStore(now);
    for (const id of ['c1', 'c2', 'c3'])
      await store.upsertArticle({ article: makeArticle({ id }), analysis: makeAnalysis(), source: 'test' });
    server = await startServer(
      (url) => ({ store, config: publishConfig({ baseUrl: url }), clock: now, logger: silentLogger }),
      { host: '127.0.0.1', port: 0 },
    );
  });
  afterAll(() => server.close());

  it.each(['/', '/feed/rss', '/feed/atom', '/feed/json', '/search?q=summit', '/api/v1/articles', '/static/style.css'])(
    '%s: brotli or gzip as asked, the same bytes inflated, Vary on every answer',
    async (path) => {
      const plain = await send(`${server.url}${path}`);
      const gzip = await send(`${server.url}${path}`, { 'accept-encoding': 'gzip' });
      const br = await send(`${server.url}${path}`, { 'accept-encoding': 'gzip, deflate, br' });
      expect(plain.status).toBe(200);
      expect(plain.body.length).toBeGreaterThan(1024);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(br.headers['content-encoding']).toBe('br');
      for (const a of [plain, gzip, br]) {
        expect(a.headers.vary).toMatch(/Accept-Encoding/);
        expect(Number(a.headers['content-length'])).toBe(a.body.length);
        expect(a.headers['content-security-policy']).toContain("default-src 'none'");
        expect(a.headers['content-type']).toBe(plain.headers['content-type']);
      }
      expect(decode(gzip).equals(plain.body)).toBe(true);
      expect(decode(br).equals(plain.body)).toBe(true);
      expect(br.body.length).toBeLessThan(plain.body.length / 2);
    },
  );

  it('weakens a compressed feed’s ETag, and a reader sending it back gets its 304', async () => {
    const plain = await send(`${server.url}/feed/atom`);
    const br = await send(`${server.url}/feed/atom`, { 'accept-encoding': 'br' });
    expect(String(br.headers.etag)).toMatch(/^W\//);
    expect(String(br.headers.etag).replace(/^W\//, '')).toBe(String(plain.headers.etag).replace(/^W\//, ''));
    const again = await send(`${server.url}/feed/atom`, {
      'accept-encoding': 'br',
      'if-none-match': String(br.headers.etag),
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('answers 304 to a static asset’s weakened ETag sent back', async () => {
    const css = await send(`${server.url}/static/style.css`, { 'accept-encoding': 'gzip' });
    expect(String(css.headers.etag)).toMatch(/^W\/"/);
    const again = await send(`${server.url}/static/style.css`, {
      'accept-encoding': 'gzip',
      'if-none-match': String(css.headers.etag),
    });
    expect(again.status).toBe(304);
  });

  it('leaves the article page as stored, small answers and HEAD bodies alone', async () => {
    await send(`${server.url}/article/c1`); // rendered on read, then stored compressed
    await server.articlePages.flush();
    const page = await send(`${server.url}/article/c1`, { 'accept-encoding': 'br, gzip' });
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(page.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(page.body).toString('utf8')).toContain('<h1 id="headline">');
    const viaApp = await send(`${server.url}/article/c1?from=app`, { 'accept-encoding': 'br, gzip' });
    expect(viaApp.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(viaApp.body).toString('utf8')).toContain('<h1 id="headline">');
    const health = await send(`${server.url}/healthz`, { 'accept-encoding': 'gzip' });
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(health.body.toString()).toBe('ok');
    const head = await send(`${server.url}/`, { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers.vary).toMatch(/Accept-Encoding/);
  });
});
