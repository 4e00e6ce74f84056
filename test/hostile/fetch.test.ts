/**
 * Hostile URLs at the fetcher: every spelling of a private address (octal, short, decimal, IPv4-mapped in any
 * form, NAT64, 6to4, trailing-dot host names) is refused before a request unless private fetches are allowed,
 * and a redirect is checked again at each hop. No request here leaves the loopback interface.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockedReason } from '../../src/ingest/fetch/address-policy.js';
import { fetchPage } from '../../src/ingest/fetch/fetch-page.js';

let server: http.Server;
let base: string;
let hits = 0;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits++;
    const to = new URL(req.url ?? '/', 'http://x').searchParams.get('to');
    if (req.url === '/loop') res.writeHead(301, { location: '/loop' }).end();
    else if (to) res.writeHead(302, { location: to }).end();
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('address policy on odd spellings', () => {
  it.each([
    ['0:0:0:0:0:ffff:7f00:1', 'loopback'],
    ['::FFFF:127.0.0.1', 'loopback'],
    ['::ffff:0:127.0.0.1', 'loopback'],
    ['64:ff9b::a9fe:a9fe', 'link-local (cloud metadata lives here)'],
    ['2002:7f00:1::', 'loopback'],
    ['2002:c0a8:101::1', 'private (RFC 1918)'],
    ['::127.0.0.1', 'IPv4-compatible (deprecated, RFC 4291)'],
    ['64:ff9b:1::7f00:1', 'local-use NAT64 (RFC 8215)'],
    ['100::1', 'discard-only (RFC 6666)'],
    ['fe80::1%eth0', 'link-local'],
  ])('refuses %s (%s)', (addr, why) => expect(blockedReason(addr)).toBe(why));

  it.each(['2002:808:808::1', '64:ff9b::808:808', '::ffff:8.8.8.8'])('allows %s, which carries a public IPv4', (a) =>
    expect(blockedReason(a)).toBeNull(),
  );
});

describe('fetchPage refuses private targets in any spelling', () => {
  it.each([
    'http://127.0.0.1/',
    'http://0177.0.0.1/',
    'http://127.1/',
    'http://2130706433/',
    'http://0x7f.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::ffff:127.0.0.1]/',
    'http://[0:0:0:0:0:ffff:7f00:1]/',
    'http://[::127.0.0.1]/',
    'http://[64:ff9b::7f00:1]/',
    'http://localhost./',
    'http://LocalHost/',
    'http://x.localhost/',
    'http://0/',
  ])('%s', async (url) => {
    const before = hits;
    const out = await fetchPage(url, { timeoutMs: 5_000 });
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.reason).toBe('blocked-address');
      expect(out.message.startsWith(`fetch: ${url}: `)).toBe(true);
    }
    expect(hits).toBe(before);
  });
});

describe('redirects are checked at every hop', () => {
  it.each([
    ['file:///etc/passwd', 'bad-url'],
    ['gopher://127.0.0.1:70/', 'bad-url'],
    ['http://user:secret@127.0.0.1/', 'bad-url'],
    ['http://[bad', 'network'],
  ])('a redirect to %s is refused (%s)', async (to, reason) => {
    const out = await fetchPage(`${base}/?to=${encodeURIComponent(to)}`, { allowPrivate: true, timeoutMs: 5_000 });
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.reason).toBe(reason);
      expect(out.message).toMatch(/^fetch: http:\/\/127\.0\.0\.1:\d+\/\?to=/);
    }
  });

  it('a redirect loop ends at the redirect limit', async () => {
    const loop = `${base}/loop`;
    const out = await fetchPage(loop, { allowPrivate: true, maxRedirects: 3, timeoutMs: 5_000 });
    expect(!out.ok && out.reason).toBe('too-many-redirects');
  });
});
