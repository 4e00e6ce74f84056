import dns from 'node:dns/promises';
import http from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockedReason } from './address-policy.js';
import { fetchPage } from './fetch-page.js';

let server: http.Server;
let base = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    if (u.pathname === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"' });
      return res.end('<p>hello</p>');
    }
    if (u.pathname === '/cond') {
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
      return res.writeHead(200, { etag: '"v1"' }).end('body');
    }
    if (u.pathname === '/gz') {
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/html' });
      return res.end(zlib.gzipSync('<p>zipped</p>'));
    }
    if (u.pathname === '/bomb') {
      res.writeHead(200, { 'content-encoding': 'gzip' });
      return res.end(zlib.gzipSync(Buffer.alloc(5_000_000)));
    }
    if (u.pathname === '/hop') {
      const n = Number(u.searchParams.get('n'));
      if (n > 0) return res.writeHead(302, { location: `/hop?n=${n - 1}` }).end();
      return res.writeHead(200).end('landed');
    }
    if (u.pathname === '/slow') return setTimeout(() => res.end('late'), 2000);
    if (u.pathname === '/ua') return res.end(String(req.headers['user-agent']));
    res.writeHead(404).end('nope');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('address policy', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private (RFC 1918)'],
    ['172.20.0.1', 'private (RFC 1918)'],
    ['192.168.1.1', 'private (RFC 1918)'],
    ['169.254.169.254', 'link-local (cloud metadata lives here)'],
    ['::1', 'loopback'],
    ['fe80::1', 'link-local'],
    ['fd00::1', 'unique local'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['0.0.0.0', 'this network'],
  ])('refuses %s (%s)', (addr, why) => expect(blockedReason(addr)).toBe(why));

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111'])('allows public %s', (addr) =>
    expect(blockedReason(addr)).toBeNull(),
  );
});

describe('fetchPage', () => {
  it('refuses loopback and private targets unless allowed, before any request', async () => {
    for (const url of [
      `${base}/page`,
      'http://localhost:9/x',
      'http://[::1]:9/',
      'http://0x7f000001/',
      'http://10.0.0.1/',
    ]) {
      const out = await fetchPage(url);
      expect(out.ok).toBe(false);
      if (!out.ok) {
        expect(out.reason).toBe('blocked-address');
        expect(out.message).toMatch(/^fetch: /);
      }
    }
  });

  it('checks the resolved address of a host name, not only literal IPs (DNS rebinding)', async () => {
    // The machine's own host name resolves (via /etc/hosts) to a loopback or private address.
    const resolved = await dns.lookup(os.hostname()).catch(() => null);
    if (!resolved || !blockedReason(resolved.address)) return;
    const port = new URL(base).port;
    const out = await fetchPage(`http://${os.hostname()}:${port}/page`);
    expect(!out.ok && out.reason).toBe('blocked-address');
  });

  it('fetches with allowPrivate, returning final URL, headers and bytes', async () => {
    const out = await fetchPage(`${base}/page`, { allowPrivate: true });
    expect(out.ok && !out.notModified && Buffer.from(out.bytes).toString()).toBe('<p>hello</p>');
    expect(out.ok && out.headers['content-type']).toContain('text/html');
  });

  it('sends an honest User-Agent', async () => {
    const out = await fetchPage(`${base}/ua`, { allowPrivate: true });
    expect(out.ok && !out.notModified && Buffer.from(out.bytes).toString()).toMatch(/^Dateline\//);
  });

  it('supports conditional GET', async () => {
    const out = await fetchPage(`${base}/cond`, { allowPrivate: true, etag: '"v1"' });
    expect(out.ok && out.notModified).toBe(true);
  });

  it('decompresses gzip and caps the decompressed size', async () => {
    const gz = await fetchPage(`${base}/gz`, { allowPrivate: true });
    expect(gz.ok && !gz.notModified && Buffer.from(gz.bytes).toString()).toBe('<p>zipped</p>');
    const bomb = await fetchPage(`${base}/bomb`, { allowPrivate: true, maxBytes: 1_000_000 });
    expect(!bomb.ok && bomb.reason).toBe('too-large');
  });

  it('follows at most maxRedirects redirects', async () => {
    const ok = await fetchPage(`${base}/hop?n=5`, { allowPrivate: true });
    expect(ok.ok && !ok.notModified && ok.redirects.length).toBe(5);
    const tooMany = await fetchPage(`${base}/hop?n=6`, { allowPrivate: true });
    expect(!tooMany.ok && tooMany.reason).toBe('too-many-redirects');
  });

  it('classifies timeouts, HTTP errors, bad schemes and refused connections', async () => {
    const slow = await fetchPage(`${base}/slow`, { allowPrivate: true, timeoutMs: 200 });
    expect(!slow.ok && slow.reason).toBe('timeout');
    const missing = await fetchPage(`${base}/missing`, { allowPrivate: true });
    expect(!missing.ok && [missing.reason, missing.status]).toEqual(['http-error', 404]);
    const file = await fetchPage('file:///etc/passwd');
    expect(!file.ok && file.reason).toBe('bad-url');
    const refused = await fetchPage('http://127.0.0.1:1/', { allowPrivate: true });
    expect(!refused.ok && refused.reason).toBe('network');
  });
});
