import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { RenderedPage } from './rendered-page.js';
import { SECURITY_HEADERS } from './security-headers.js';

const html = new TextEncoder().encode('<!doctype html><p>Hello, desk</p>'.repeat(20));
const updatedAt = '2023-01-01T00:00:00Z';

describe('RenderedPage', () => {
  it('builds its headers once per kind: security headers, validators, Vary on Accept-Encoding', () => {
    const page = RenderedPage.rendered(2, html, updatedAt);
    const ok = page.answer(undefined, undefined);
    expect(ok.status).toBe(200);
    expect(ok.body).toBe(html);
    expect(ok.headers).toMatchObject({
      ...SECURITY_HEADERS,
      etag: page.etag,
      'last-modified': 'Sun, 01 Jan 2023 00:00:00 GMT',
      'cache-control': 'public, max-age=60, must-revalidate',
      vary: 'Accept-Encoding',
      'content-type': 'text/html; charset=UTF-8',
      'content-length': String(html.length),
    });
    expect(ok.headers).not.toHaveProperty('content-encoding');
    expect(page.answer(undefined, 'br').headers).toBe(ok.headers);
    const notModified = page.answer(page.etag, 'gzip');
    expect(notModified).toMatchObject({ status: 304, body: null });
    expect(notModified.headers).toMatchObject({ ...SECURITY_HEADERS, etag: page.etag, vary: 'Accept-Encoding' });
    expect(notModified.headers).not.toHaveProperty('content-type');
    expect(notModified.headers).not.toHaveProperty('content-length');
  });

  it('sends a rendered page uncompressed until its gzip form is attached, then gzip to clients that take it', () => {
    const page = RenderedPage.rendered(0, html, updatedAt);
    expect(page.answer(undefined, 'gzip, deflate, br').body).toBe(html);
    const gzip = gzipSync(html);
    page.attachGzip(gzip);
    const compressed = page.answer(undefined, 'gzip, deflate, br');
    expect(compressed.body).toBe(gzip);
    expect(compressed.headers).toMatchObject({
      'content-encoding': 'gzip',
      'content-length': String(gzip.length),
      vary: 'Accept-Encoding',
      etag: page.etag,
    });
    expect(page.answer(undefined, 'gzip;q=0').body).toBe(html);
  });

  it('inflates a stored page once for clients that do not take gzip', () => {
    const rendered = RenderedPage.rendered(5, html, updatedAt);
    rendered.attachGzip(gzipSync(html));
    const stored = RenderedPage.stored(5, rendered.toStored('key')!);
    expect(stored.etag).toBe(rendered.etag);
    expect(stored.answer(undefined, 'gzip').body).toBe(rendered.gzip);
    const plain = stored.answer(undefined, undefined);
    expect(Buffer.from(plain.body!).equals(Buffer.from(html))).toBe(true);
    expect(plain.headers).toEqual(rendered.answer(undefined, undefined).headers);
    expect(stored.answer(undefined, undefined).body).toBe(plain.body);
  });

  it('gives the ETag of its bytes: a new one when they change, the same one for the same bytes', () => {
    const a = RenderedPage.rendered(0, html, updatedAt);
    expect(RenderedPage.rendered(7, html, '2024-05-05T00:00:00Z').etag).toBe(a.etag);
    expect(RenderedPage.rendered(0, new TextEncoder().encode('<p>other</p>'), updatedAt).etag).not.toBe(a.etag);
    expect(a.etag).toMatch(/^W\/"[\w-]{27}"$/);
    expect(gunzipSync(gzipSync(html)).length).toBe(a.size);
  });
});

describe('a stored page from another gzip writer', () => {
  it('is inflated whole, optional header fields and all', () => {
    // A gzip member with a file name in its header (FLG.FNAME), as gzip(1) writes one.
    const named = Buffer.concat([
      Buffer.from([0x1f, 0x8b, 8, 0x08, 0, 0, 0, 0, 0, 3]),
      Buffer.from('page.html\0'),
      gzipSync(html).subarray(10),
    ]);
    const page = RenderedPage.stored(0, {
      renderKey: 'k',
      etag: 'W/"x"',
      lastModified: 'x',
      size: html.length,
      gzip: named,
    });
    expect(Buffer.from(page.identity()).equals(Buffer.from(html))).toBe(true);
    const short = RenderedPage.stored(0, {
      renderKey: 'k',
      etag: 'W/"x"',
      lastModified: 'x',
      size: 5,
      gzip: gzipSync(html),
    });
    expect(() => short.identity()).toThrow(/^publish: /);
  });
});
