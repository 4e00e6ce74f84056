import { request as httpRequest, createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerClientError } from './client-error.js';

function get(port: number, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? '', body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('answerClientError', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer((_req, res) => res.end('ok'));
    server.on('clientError', answerClientError);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('answers a URL over the header limit with 431 in the API error shape under /api/', async () => {
    const res = await get(port, `/api/v1/search?q=${'a'.repeat(20_000)}`);
    expect(res.status).toBe(431);
    expect(res.type).toBe('application/json');
    expect(JSON.parse(res.body)).toEqual({
      error: { code: 'headers-too-large', message: expect.stringContaining('over 16 KiB') },
    });
  });

  it('answers a page URL over the limit with 431 and a sentence, and still serves the next request', async () => {
    const res = await get(port, `/search?q=${'a'.repeat(20_000)}`);
    expect(res.status).toBe(431);
    expect(res.body).toContain('Request Header Fields Too Large: the URL and headers are over 16 KiB');
    expect((await get(port, '/search?q=a')).body).toBe('ok');
  });
});
