/**
 * Hostile feeds, sitemaps and OPML lists through ingest: entity bombs, external entities, a feed of 50,000
 * entries, sitemap indexes that point at each other, and OPML lists pointing at private addresses. Nothing
 * private is fetched unless allowed, no local file is read through an entity, and every run ends.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/ingest/feeds/parse-feed.js';
import type { FetchOutcome } from '../../src/ingest/fetch/fetch-outcome.js';
import { ingestSources } from '../../src/ingest/ingest-sources.js';
import { parseOpml } from '../../src/ingest/opml/parse-opml.js';
import { parseSitemap } from '../../src/ingest/sitemap/parse-sitemap.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/port.js';

let dir: string;
const stores: Store[] = [];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-hostile-ingest-'));
});
afterEach(async () => {
  while (stores.length) await stores.pop()!.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function tempStore(): Promise<Store> {
  const store = await openStore({ kind: 'sqlite', path: join(mkdtempSync(join(dir, 'db-')), 'desk.db') });
  stores.push(store);
  return store;
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const lol = (n: number) => `&lol${n};`.repeat(10);
const BILLION_LAUGHS = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${Array.from(
  { length: 9 },
  (_, i) => `<!ENTITY lol${i + 1} "${lol(i)}">`,
).join(
  '',
)}]><rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><description>&lol9;</description><link>https://example.com/a</link></item></channel></rss>`;

const XXE_RSS = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&xxe;</title><item><title>&xxe;</title><link>https://example.com/a</link></item></channel></rss>`;
const XXE_PARAM = `<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><entry><title>t</title><link href="https://example.com/a"/></entry></feed>`;
const XXE_SITEMAP = `<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://example.com/&xxe;</loc></url></urlset>`;
const XXE_OPML = `<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><opml version="2.0"><body><outline xmlUrl="https://example.com/&xxe;"/></body></opml>`;

describe('XML formats refuse entity tricks', () => {
  it('a billion-laughs feed stays unexpanded and small', () => {
    const out = parseFeed(BILLION_LAUGHS, 'https://example.com/feed');
    expect(JSON.stringify(out).length).toBeLessThan(10_000);
  });

  it.each([
    ['rss', () => parseFeed(XXE_RSS, 'https://example.com/feed')],
    ['atom with a parameter entity', () => parseFeed(XXE_PARAM, 'https://example.com/feed')],
    ['sitemap', () => parseSitemap(XXE_SITEMAP, 'https://example.com/sitemap.xml')],
    ['opml', () => parseOpml(XXE_OPML)],
  ])('%s: an external entity never reads the local file', (_name, parse) => {
    const out = JSON.stringify(parse());
    expect(out).not.toMatch(/root:|\/bin\/(ba)?sh|nologin/);
  });

  it('a feed of 50,000 entries parses whole', () => {
    const items = Array.from(
      { length: 50_000 },
      (_, i) => `<item><title>T${i}</title><link>https://example.com/${i}</link></item>`,
    ).join('');
    const out = parseFeed(`<rss version="2.0"><channel><title>x</title>${items}</channel></rss>`, null);
    expect(out.ok && out.feed.entries.length).toBe(50_000);
  });
});

describe('ingest on hostile lists', () => {
  it('an OPML list of private addresses is refused, each failure naming its URL, nothing fetched', async () => {
    const urls = [
      'http://127.0.0.1/feed',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::ffff:127.0.0.1]/feed',
      'http://0177.0.0.1/feed',
      'http://localhost./feed',
    ];
    const opml = file(
      'private.opml',
      `<opml version="2.0"><body>${urls.map((u) => `<outline type="rss" xmlUrl="${u}"/>`).join('')}</body></opml>`,
    );
    const store = await tempStore();
    const summary = await ingestSources([opml], { store }, { polite: { delayMs: 0 } });
    expect(summary.stored).toBe(0);
    // 0177.0.0.1 is the same URL as 127.0.0.1 once parsed, so one fewer distinct source.
    expect(new Set(summary.failures.map((f) => f.source)).size).toBe(urls.length - 1);
    for (const f of summary.failures) {
      expect(f.reason).toBe('blocked-address');
      expect(f.message).toMatch(/^fetch: /);
      expect(f.message).toContain(f.source);
    }
  });

  it('sitemap indexes that list each other end, each fetched once', async () => {
    const calls: string[] = [];
    const index = (...locs: string[]) =>
      `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs.map((l) => `<sitemap><loc>${l}</loc></sitemap>`).join('')}</sitemapindex>`;
    const bodies: Record<string, string> = {
      'https://example.com/a.xml': index('https://example.com/a.xml', 'https://example.com/b.xml'),
      'https://example.com/b.xml': index('https://example.com/a.xml', 'https://example.com/b.xml'),
    };
    const fetch = async (url: string): Promise<FetchOutcome> => {
      calls.push(url);
      const body = bodies[url];
      if (!body) return { ok: false, reason: 'http-error', status: 404, url, message: `fetch: ${url}: HTTP 404` };
      const headers = { 'content-type': 'application/xml' };
      return { ok: true, notModified: false, status: 200, url, headers, bytes: Buffer.from(body), redirects: [] };
    };
    const store = await tempStore();
    await ingestSources(['https://example.com/a.xml'], { store, fetch }, { polite: { delayMs: 0, robots: false } });
    expect(calls.filter((u) => u.endsWith('/a.xml'))).toHaveLength(1);
    expect(calls.filter((u) => u.endsWith('/b.xml'))).toHaveLength(1);
  });

  it('an XXE feed file fails alone, naming the file, and the good file beside it is stored', async () => {
    const bad = file('xxe.xml', XXE_RSS);
    const good = file(
      'good.html',
      `<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1><p>${'The council voted on Tuesday to reopen the harbour bridge after three months of repairs. '.repeat(10)}</p></article></body></html>`,
    );
    const store = await tempStore();
    const summary = await ingestSources([bad, good], { store }, { polite: { delayMs: 0 } });
    expect(summary.stored).toBe(1);
    expect(summary.failures).toHaveLength(1);
    expect(summary.failures[0]!.source).toBe(bad);
    expect(summary.failures[0]!.message).not.toMatch(/root:/);
  });
});

describe('ingest on hostile files', () => {
  it('a device that never ends is refused at the byte cap, and the batch goes on', async () => {
    const good = file(
      'good-after-zero.html',
      `<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1><p>${'The council voted on Tuesday to reopen the harbour bridge after three months of repairs. '.repeat(10)}</p></article></body></html>`,
    );
    const store = await tempStore();
    const summary = await ingestSources(['/dev/zero', good], { store }, { maxBytes: 100_000 });
    expect(summary.stored).toBe(1);
    expect(summary.failures).toEqual([
      { source: '/dev/zero', reason: 'too-large', message: 'ingest: /dev/zero is over the 100000-byte limit' },
    ]);
  });
});
