import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../publish/deps.js';
import { openStore } from '../../store/open-store.js';
import { ingestHooks } from './serve-ingest.js';

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Wire</title>
<link>https://harbour.example/</link><description>News</description>
<item><title>Ferry sails</title><link>https://harbour.example/ferry</link>
<description>The ferry sailed again on Friday after repairs at the yard, the operator said.</description></item>
</channel></rss>`;

const PAGE = `<html><head><title>Ferry sails again at Dunmore</title></head><body><article>
<h1>Ferry sails again at Dunmore</h1>
<p>The Dunmore ferry sailed again on Friday after a week of repairs at the yard, the operator said in a statement.</p>
<p>Services will run every hour from the harbour, and extra sailings are planned for the weekend crowds.</p>
</article></body></html>`;

describe('POST /api/v1/ingest through the serve hooks', () => {
  it('refuses a feed as not-html rather than store its XML as an article, and stores a page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-serve-ingest-'));
    const store = await openStore({ kind: 'sqlite', path: join(dir, 'desk.db') });
    try {
      const hooks = await ingestHooks(store, silentLogger);
      const feed = await hooks.ingestOne!({ url: 'https://harbour.example/rss', html: RSS });
      expect(feed).toEqual({
        ok: false,
        reason: 'not-html',
        message:
          'ingest: https://harbour.example/rss is a feed (RSS, Atom or JSON Feed), not a page; the API stores one ' +
          "page; 'dateline ingest' reads it into the desk, page by page",
      });
      expect(await store.countArticles()).toBe(0);
      const page = await hooks.ingestOne!({ url: 'https://harbour.example/ferry', html: PAGE });
      expect(page).toMatchObject({ ok: true, created: true });
      expect(await store.countArticles()).toBe(1);
      await hooks.settle();
    } finally {
      await store.close();
    }
  });
});

describe('the scheduled feed refresh through the serve hooks', () => {
  it('logs each failure with its source, reason and message, not only the count', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-serve-refresh-'));
    const store = await openStore({ kind: 'sqlite', path: join(dir, 'desk.db') });
    const lines: { obj: Record<string, unknown>; msg?: string }[] = [];
    const logger = { ...silentLogger, info: (obj: object, msg?: string) => lines.push({ obj: obj as never, msg }) };
    try {
      // A loopback feed is refused without --allow-private: a failure met with no network at all.
      await store.addFeed('http://127.0.0.1:9/rss');
      const hooks = await ingestHooks(store, logger);
      await hooks.refresh!(store);
      const line = lines.find((l) => l.msg === 'serve: feeds refreshed')!;
      expect(line.obj).toMatchObject({ stored: 0, failed: 1 });
      expect(line.obj.failures).toEqual([
        { source: 'http://127.0.0.1:9/rss', reason: 'blocked-address', message: expect.stringContaining('loopback') },
      ]);
      await hooks.settle();
    } finally {
      await store.close();
    }
  });
});
