import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../store/open-store.js';
import type { Store } from '../../store/port.js';
import type { FetchOutcome } from '../fetch/fetch-outcome.js';
import { ingestSources } from '../ingest-sources.js';
import { reprocessStore } from '../reprocess-store.js';
import { parseFeed } from './parse-feed.js';

const stores: Store[] = [];
afterEach(async () => {
  while (stores.length) await stores.pop()!.close();
});

const words = (topic: string): string =>
  `Officials in ${topic} said on Monday that the harbour would stay closed while engineers inspected the damaged ` +
  `quay walls, according to a statement from the port authority, which added that ferries would be diverted.`;
const body = (topic: string): string => `<p>${words(topic)}</p><p>${words(`${topic} harbour`)}</p>`;

function page(title: string, topic: string, siteName?: string): string {
  const site = siteName ? `<meta property="og:site_name" content="${siteName}">` : '';
  return `<!doctype html><html><head><title>${title}</title>${site}</head>
<body><article><h1>${title}</h1>${body(topic)}</article></body></html>`;
}

const FEED = 'https://riverbendpost.example/world/feed.xml';
const feedXml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Riverbend Post — World</title>
  <link>https://www.riverbendpost.example/world</link>
  <item><title>Ferry halted</title><link>https://riverbendpost.example/a</link></item>
  <item><title>Quay damaged</title><link>https://riverbendpost.example/b</link>
    <description><![CDATA[${body('Mgarr')}]]></description></item>
  <item><title>Own name</title><link>https://riverbendpost.example/c</link></item>
  <item><title>Elsewhere</title><link>https://elsewhere.example/d</link></item>
</channel></rss>`;

function fetchOf(routes: Record<string, string>) {
  return async (url: string): Promise<FetchOutcome> => {
    const text = url.endsWith('/robots.txt') ? 'User-agent: *\nAllow: /\n' : routes[url];
    if (text === undefined)
      return { ok: false, reason: 'http-error', status: 500, url, message: `fetch: ${url}: HTTP 500` };
    const type = url.endsWith('.xml') ? 'application/rss+xml' : url.endsWith('.txt') ? 'text/plain' : 'text/html';
    return {
      ok: true,
      notModified: false,
      status: 200,
      url,
      headers: { 'content-type': type },
      bytes: Buffer.from(text),
      redirects: [],
    };
  };
}

describe("a feed's title names the site of pages that name none", () => {
  it('gives the name to entries of its own site only', () => {
    const out = parseFeed(feedXml, FEED);
    if (!out.ok) throw new Error(out.message);
    expect(out.feed.siteName).toBe('Riverbend Post');
    expect(out.feed.entries.map((e) => e.siteName ?? null)).toEqual([
      'Riverbend Post',
      'Riverbend Post',
      'Riverbend Post',
      null, // another site's page, linked from this feed: the feed's name is not its outlet
    ]);
  });

  it('sets the outlet of fetched pages and entry fallbacks, keeps a page’s own name, and survives reprocess', async () => {
    const store = await openStore({
      kind: 'sqlite',
      path: join(mkdtempSync(join(tmpdir(), 'dateline-site-')), 'd.db'),
    });
    stores.push(store);
    const fetch = fetchOf({
      [FEED]: feedXml,
      'https://riverbendpost.example/a': page('Ferry halted', 'Gozo'),
      // b fails: the entry's own content stands in
      'https://riverbendpost.example/c': page('Own name', 'Valletta', 'The Riverbend Post Online'),
      'https://elsewhere.example/d': page('Elsewhere', 'Marsaxlokk'),
    });
    const summary = await ingestSources([FEED], { store, fetch }, { polite: { delayMs: 0 } });
    expect(summary.stored).toBe(4);
    const outlets = async () => {
      const out: Record<string, string | undefined> = {};
      for (const k of ['a', 'b', 'c']) {
        const id = await store.findArticleId(`https://riverbendpost.example/${k}`);
        out[k] = (await store.getArticle(id!))?.outlet;
      }
      out.d = (await store.getArticle((await store.findArticleId('https://elsewhere.example/d'))!))?.outlet;
      return out;
    };
    const expected = {
      a: 'Riverbend Post',
      b: 'Riverbend Post',
      c: 'The Riverbend Post Online',
      d: 'elsewhere.example',
    };
    expect(await outlets()).toEqual(expected);
    const again = await reprocessStore({ store });
    expect(again.failed).toBe(0);
    expect(await outlets()).toEqual(expected);
  });
});
