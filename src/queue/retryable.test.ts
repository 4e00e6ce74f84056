import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from '../ingest/fetch/fetch-page.js';
import { isRetryable } from './retryable.js';

let server: http.Server;
let base = '';

beforeAll(async () => {
  // /status/<n> answers with that status.
  server = http.createServer((req, res) => {
    const status = Number(/^\/status\/(\d{3})$/.exec(req.url ?? '')?.[1] ?? 404);
    res.writeHead(status).end('body');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('isRetryable on real fetch failures', () => {
  it.each([
    [503, true],
    [429, true],
    [408, true],
    [500, true],
    [404, false],
    [410, false],
    [403, false],
  ])('HTTP %i → %s, from the typed status the ingest summary keeps', async (status, retryable) => {
    const out = await fetchPage(`${base}/status/${status}`, { allowPrivate: true });
    expect(out).toMatchObject({ ok: false, reason: 'http-error', status });
    if (out.ok) return;
    expect(isRetryable(out)).toBe(retryable);
    expect(isRetryable({ reason: out.reason, ...(out.status !== undefined ? { status: out.status } : {}) })).toBe(
      retryable,
    );
  });

  it('a refused connection is retried, and its message says so once', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const out = await fetchPage(`http://127.0.0.1:${port}/`, { allowPrivate: true });
    expect(out).toMatchObject({ ok: false, reason: 'network' });
    if (out.ok) return;
    expect(out.message).toBe(`fetch: http://127.0.0.1:${port}/: connection refused (ECONNREFUSED)`);
    expect(isRetryable(out)).toBe(true);
  });

  it('a private address is not retried', async () => {
    const out = await fetchPage(`${base}/status/503`);
    expect(out).toMatchObject({ ok: false, reason: 'blocked-address' });
    if (!out.ok) expect(isRetryable(out)).toBe(false);
  });
});

describe('isRetryable on the status field', () => {
  it('judges an http-error by its status, never by its message text', () => {
    expect(isRetryable({ reason: 'http-error', status: 404 })).toBe(false);
    expect(isRetryable({ reason: 'http-error', status: 502 })).toBe(true);
  });

  it('an http-error without a status is not retried', () => {
    expect(isRetryable({ reason: 'http-error' })).toBe(false);
  });
});
