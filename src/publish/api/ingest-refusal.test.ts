import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { publishConfig } from '../config.js';
import { silentLogger, type IngestOne } from '../deps.js';
import { MemoryStore } from '../testing/memory-store.js';

const now = () => new Date('2023-09-11T12:00:00Z');

/** An ingest pipeline that refuses every fetch as a private address, as the safe fetcher does by default. */
const refusing: IngestOne = async (input) => ({
  ok: false,
  reason: 'blocked-address',
  message: `fetch: ${input.url}: 10.0.0.5 is private`,
});

async function post(body: unknown) {
  const app = createApp({
    store: new MemoryStore(now),
    config: publishConfig({ token: 'sekret-sekret-sekret' }),
    clock: now,
    logger: silentLogger,
    ingest: refusing,
  });
  const res = await app.request('/api/v1/ingest', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sekret-sekret-sekret' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { error: { code: string; message: string } } };
}

describe('POST /api/v1/ingest refused for a private address', () => {
  it('says how the client can still store the page: send it as html (the server setting is not the client’s)', async () => {
    const r = await post({ url: 'http://intranet.example/story' });
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('blocked-address');
    expect(r.body.error.message).toBe(
      'fetch: http://intranet.example/story: 10.0.0.5 is private (this server fetches no loopback, private or ' +
        'link-local address unless DATELINE_ALLOW_PRIVATE=true; or send the page as "html" with its "url", which ' +
        'is then not fetched)',
    );
  });
});
