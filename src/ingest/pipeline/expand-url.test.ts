import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../store/open-store.js';
import type { PoliteFetch } from '../polite/polite-fetcher.js';
import type { ExpandContext, Expanded } from './expand-context.js';
import { expandUrl } from './expand-url.js';

const answering =
  (body: string, contentType: string): PoliteFetch =>
  async (url) => ({
    ok: true,
    notModified: false,
    status: 200,
    url,
    headers: { 'content-type': contentType },
    bytes: new Uint8Array(Buffer.from(body)),
    redirects: [],
  });

/** Expands `url` once, as a subscribed feed (with an error of an earlier fetch on record) unless `subscribed` is false. */
async function refresh(url: string, fetch: PoliteFetch, subscribed = true, title: string | null = null) {
  const store = await openStore({ kind: 'sqlite', path: join(mkdtempSync(join(tmpdir(), 'dateline-exp-')), 'd.db') });
  if (subscribed) {
    await store.addFeed(url, title);
    await store.updateFeed(url, { lastError: 'an old error' });
  }
  const ctx: ExpandContext = {
    fetch,
    store,
    feeds: new Map((await store.listFeeds()).map((f) => [f.url, f])),
    now: () => new Date('2026-09-10T00:00:00Z'),
    maxBytes: 1 << 20,
    maxSitemapDepth: 3,
    seen: new Set(),
    sitemapBudget: { left: 100 },
  };
  const out: Expanded[] = [];
  for await (const e of expandUrl(url, 0, ctx)) out.push(e);
  const [feed] = await store.listFeeds();
  await store.close();
  return { out, feed };
}

describe('expandUrl on a subscribed feed', () => {
  it('records that the subscription answered a page, and does not ingest the page as an article', async () => {
    const url = 'https://news.example/feed';
    const { out, feed } = await refresh(
      url,
      answering('<!doctype html><html><body><p>Hi</p></body></html>', 'text/html'),
    );
    expect(out).toEqual([{ kind: 'failure', failure: expect.objectContaining({ source: url, reason: 'not-a-feed' }) }]);
    expect(feed?.lastError).toContain('did not answer a feed (it looks like a page)');
    expect(feed?.lastFetchedAt).toBe('2026-09-10T00:00:00.000Z');
  });

  it('keeps the parse error of a broken feed on the subscription', async () => {
    const url = 'https://news.example/feed.json';
    const { out, feed } = await refresh(
      url,
      answering('{"version": "https://jsonfeed.org/version/1.1", "items": [', 'application/feed+json'),
    );
    const failed = out.find((e) => e.kind === 'failure' && e.failure.source === url);
    expect(failed).toBeDefined();
    expect(feed?.lastError).toBe(failed?.kind === 'failure' ? failed.failure.message : 'missing');
  });
});

describe('expandUrl saves a subscribed feed’s own title', () => {
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>  Riverbend Post
    — World </title><link>https://riverbend.example/</link><item><title>Bridge reopens</title>
    <link>https://riverbend.example/bridge</link></item></channel></rss>`;

  it('when the subscription has none, so feeds list names it', async () => {
    const { feed } = await refresh('https://riverbend.example/rss', answering(rss, 'application/rss+xml'));
    expect(feed?.title).toBe('Riverbend Post — World');
    expect(feed?.lastError).toBeNull();
  });

  it('but keeps a title given on subscribing', async () => {
    const { feed } = await refresh('https://riverbend.example/rss', answering(rss, 'application/rss+xml'), true, 'RP');
    expect(feed?.title).toBe('RP');
  });
});

describe('expandUrl on a URL that answers no page', () => {
  it('fails a style sheet, a script or a picture as not-html, naming the URL and the type, instead of a page job', async () => {
    for (const [body, type] of [
      [':root{--fg:#111}body{color:var(--fg)}', 'text/css; charset=utf-8'],
      ['document.title = "x";', 'text/javascript'],
      ['\u0089PNG', 'image/png'],
    ] as const) {
      const url = 'https://news.example/static/asset';
      const { out } = await refresh(url, answering(body, type), false);
      expect(out, type).toEqual([
        {
          kind: 'failure',
          failure: expect.objectContaining({
            source: url,
            reason: 'not-html',
            message: `fetch: ${url} answered ${type.split(';')[0]}, not a page`,
          }),
        },
      ]);
    }
  });

  it('still takes a page served as HTML', async () => {
    const url = 'https://news.example/story';
    const { out } = await refresh(
      url,
      answering('<!doctype html><html><body><p>Hi</p></body></html>', 'text/html'),
      false,
    );
    expect(out.map((e) => e.kind)).toEqual(['job']);
  });
});
