import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/port.js';
import type { FetchOptions, FetchOutcome } from './fetch/fetch-outcome.js';
import { ingestSources, type StoredEvent } from './ingest-sources.js';
import { MAX_BATCH } from './pipeline/group-commit.js';
import { inProcessProcessor } from './pipeline/in-process.js';
import type { ExtractInput } from '../vocabulary.js';

const corpus = fileURLToPath(new URL('../../sample-corpus', import.meta.url));
const stores: Store[] = [];

async function tempStore(): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-ingest-'));
  const store = await openStore({ kind: 'sqlite', path: join(dir, 'desk.db') });
  stores.push(store);
  return store;
}

afterEach(async () => {
  while (stores.length) await stores.pop()!.close();
});

const words = (topic: string): string =>
  `Officials in ${topic} said on Monday that the harbour would stay closed while engineers inspected the damaged quay walls, ` +
  `according to a statement from the port authority, which added that ferries would be diverted to the northern terminal.`;

function pageHtml(title: string, topic: string): string {
  return `<!doctype html><html><head><title>${title}</title><meta property="og:title" content="${title}"></head>
<body><nav><a href="/">Home</a></nav><article><h1>${title}</h1><p>${words(topic)}</p><p>${words(topic + ' harbour')}</p>
<p>"We will reopen when it is safe," the harbour master said.</p></article><footer>© Example</footer></body></html>`;
}

type Route = (options: FetchOptions) => FetchOutcome;

/** A fake fetcher over a table of routes; every call is recorded with its conditional-GET headers. */
function fakeFetch(routes: Record<string, Route>) {
  const calls: { url: string; etag: string | null | undefined }[] = [];
  const fetch = async (url: string, options: FetchOptions = {}): Promise<FetchOutcome> => {
    calls.push({ url, etag: options.etag });
    const route = routes[url];
    if (!route) return { ok: false, reason: 'http-error', status: 404, url, message: `fetch: ${url}: HTTP 404` };
    return route(options);
  };
  return { fetch, calls };
}

const ok =
  (url: string, body: string, contentType: string, headers: Record<string, string> = {}): Route =>
  () => ({
    ok: true,
    notModified: false,
    status: 200,
    url,
    headers: { 'content-type': contentType, ...headers },
    bytes: Buffer.from(body),
    redirects: [],
  });

const polite = { delayMs: 0 };

describe('ingestSources: local files', () => {
  it('stores the sample corpus, then finds everything unchanged on a second run', async () => {
    const store = await tempStore();
    const events: StoredEvent[] = [];
    let settledAfter = -1;
    const afterStore = Object.assign(async (e: StoredEvent) => void events.push(e), {
      settle: async () => void (settledAfter = events.length),
    });
    const first = await ingestSources([corpus], { store, afterStore }, { jobs: 2 });
    expect(first.failures).toEqual([]);
    expect(settledAfter).toBe(first.stored); // the hook settles once, after the last page
    expect(first.stored).toBeGreaterThanOrEqual(15);
    expect(first.created).toBe(first.stored);
    // The WARC's warcinfo, robots.txt, image and request records are skipped, not failed.
    expect(first.skipped).toBeGreaterThanOrEqual(4);
    expect(events).toHaveLength(first.stored);
    expect(await store.countArticles()).toBe(first.stored);
    const outlets = new Set((await store.outlets()).map((o) => o.outlet));
    expect(outlets.size).toBeGreaterThanOrEqual(5);

    const second = await ingestSources([corpus], { store }, { jobs: 2 });
    expect(second.stored).toBe(0);
    expect(second.unchanged).toBe(first.stored);
  });

  it('skips WARC records already stored from the same record without extracting them again', async () => {
    const store = await tempStore();
    const base = inProcessProcessor(() => new Date());
    let extracts = 0;
    const processor = {
      extract: (input: ExtractInput) => {
        extracts++;
        return base.extract(input);
      },
      analyze: base.analyze,
    };
    const warc = join(corpus, 'harbor-signal');
    const first = await ingestSources([warc], { store, processor });
    expect(first.stored).toBe(3);
    extracts = 0;
    const second = await ingestSources([warc], { store, processor });
    expect(second.unchanged).toBe(3);
    expect(extracts).toBe(0);
  });

  it('records each bad input with its source and reason, and stores the rest', async () => {
    const store = await tempStore();
    const dir = mkdtempSync(join(tmpdir(), 'dateline-bad-'));
    writeFileSync(join(dir, 'good.html'), pageHtml('Harbour closed', 'Valletta'));
    writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    writeFileSync(join(dir, 'broken.rss'), '<rss><channel><item><title>x</title></chann');
    writeFileSync(join(dir, 'notes.md'), '# not an input');
    const missing = join(dir, 'missing.html');
    const summary = await ingestSources([dir, missing], { store });
    expect(summary.stored).toBe(1);
    expect(summary.failures.map((f) => [f.source, f.reason]).sort()).toEqual(
      [
        [join(dir, 'binary.html'), 'not-html'],
        [join(dir, 'broken.rss'), 'malformed-xml'],
        [missing, 'unreadable'],
      ].sort(),
    );
  });

  it('reads gzipped files: a page (its raw bytes kept as read), a feed, a corrupt file and a gzip bomb', async () => {
    const store = await tempStore();
    const dir = mkdtempSync(join(tmpdir(), 'dateline-gz-'));
    const page = gzipSync(pageHtml('Harbour closed', 'Valletta'));
    writeFileSync(join(dir, 'page.html.gz'), page);
    // A feed under a page's name: its kind is sniffed from the inflated start, its entry's content stored.
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>N</title><item><title>Quay damaged</title>
      <description><![CDATA[<p>${words('Mgarr')}</p><p>${words('Mgarr quay')}</p>]]></description></item></channel></rss>`;
    writeFileSync(join(dir, 'feed.gz'), gzipSync(feed));
    writeFileSync(join(dir, 'corrupt.html.gz'), Buffer.concat([page.subarray(0, 10), Buffer.alloc(200, 0xff)]));
    writeFileSync(join(dir, 'bomb.html.gz'), gzipSync(Buffer.alloc(3_000_000, 0x20)));
    const summary = await ingestSources([dir], { store }, { maxBytes: 1_000_000 });
    expect(summary.stored).toBe(2);
    expect(summary.failures.map((f) => [f.source, f.reason]).sort()).toEqual(
      [
        [join(dir, 'bomb.html.gz'), 'too-large'],
        [join(dir, 'corrupt.html.gz'), 'undecodable'],
      ].sort(),
    );
    const raws = new Map<string, Uint8Array>();
    for await (const { raw } of store.rawPages()) raws.set(raw.source, raw.bytes);
    expect(Buffer.from(raws.get(join(dir, 'page.html.gz'))!).equals(page)).toBe(true);
  });

  it('holds a page to its maxBytes in extract too, not to extract’s 20 MiB default', { timeout: 60_000 }, async () => {
    const store = await tempStore();
    const dir = mkdtempSync(join(tmpdir(), 'dateline-big-'));
    // A page bloated past 20 MiB by a comment (inline data): read under a 32 MiB limit, it must also extract.
    const html = pageHtml('Harbour closed', 'Valletta');
    const at = html.indexOf('</body>');
    const padding = `<!-- ${'x'.repeat(21 * 1024 * 1024)} -->`;
    writeFileSync(join(dir, 'big.html'), html.slice(0, at) + padding + html.slice(at));
    const summary = await ingestSources([dir], { store }, { maxBytes: 32 * 1024 * 1024 });
    expect(summary.failures).toEqual([]);
    expect(summary.stored).toBe(1);
  });

  it('stops taking pages when aborted, keeps what is stored, and resumes on the next run', async () => {
    const store = await tempStore();
    // More pages than one group commit holds (MAX_BATCH), each its own article: the sample corpus is fewer than a
    // batch, and a fast machine read all of it before the first commit, so nothing was left for the rerun.
    const dir = mkdtempSync(join(tmpdir(), 'dateline-abort-'));
    const total = MAX_BATCH * 2 + 4;
    for (let i = 0; i < total; i++) writeFileSync(join(dir, `page-${i}.html`), pageHtml(`Quay ${i} shut`, `Port ${i}`));
    const controller = new AbortController();
    const first = await ingestSources(
      [dir],
      { store },
      { jobs: 1, signal: controller.signal, onProgress: (p) => p.stored >= 3 && controller.abort() },
    );
    expect(first.interrupted).toBe(true);
    expect(first.stored).toBeGreaterThanOrEqual(3);
    const stored = await store.countArticles();
    expect(stored).toBe(first.stored);
    const second = await ingestSources([dir], { store }, { jobs: 2 });
    expect(second.unchanged).toBe(first.stored);
    expect(second.stored).toBeGreaterThan(0);
    expect(first.stored + second.stored).toBe(total);
  });

  it('finds a copy of a page stored unchanged even while the first is still waiting for its commit', async () => {
    const store = await tempStore();
    const dir = mkdtempSync(join(tmpdir(), 'dateline-copies-'));
    // No URL: the identity is the body's hash, the same for all three files.
    for (const name of ['a.html', 'b.html', 'c.html'])
      writeFileSync(join(dir, name), pageHtml('Quay shut', 'Valletta'));
    const commits: number[] = [];
    const upsertMany = store.upsertArticles!.bind(store);
    store.upsertArticles = (inputs) => (commits.push(inputs.length), upsertMany(inputs));
    const summary = await ingestSources([dir], { store }, { jobs: 1 });
    expect([summary.created, summary.updated, summary.unchanged]).toEqual([1, 0, 2]);
    expect(commits).toEqual([1]);
  });

  it('commits the pages of a run in few transactions, each page counted stored once its commit is done', async () => {
    const store = await tempStore();
    const commits: number[] = [];
    const upsertMany = store.upsertArticles!.bind(store);
    store.upsertArticles = async (inputs) => {
      commits.push(inputs.length);
      const results = await upsertMany(inputs);
      // Nothing of this batch was reported stored before it was committed.
      expect(storedSoFar).toBe(commits.slice(0, -1).reduce((a, b) => a + b, 0));
      return results;
    };
    let storedSoFar = 0;
    const summary = await ingestSources([corpus], { store }, { jobs: 2, onProgress: (p) => (storedSoFar = p.stored) });
    expect(commits.reduce((a, b) => a + b, 0)).toBe(summary.stored);
    expect(commits.length).toBeLessThan(summary.stored);
    expect(Math.max(...commits)).toBeLessThanOrEqual(MAX_BATCH);
  });

  it('throws what a progress callback threw for a stored page, once its pages are written', async () => {
    const store = await tempStore();
    const dir = mkdtempSync(join(tmpdir(), 'dateline-throws-'));
    writeFileSync(join(dir, 'a.html'), pageHtml('Harbour closed', 'Valletta'));
    const onProgress = (p: { stored: number }) => {
      if (p.stored) throw new Error('progress: boom');
    };
    await expect(ingestSources([dir], { store }, { onProgress })).rejects.toThrow('progress: boom');
    expect(await store.countArticles()).toBe(1);
  });

  it('records a failing afterStore hook, keeping the article stored', async () => {
    const store = await tempStore();
    const dir = mkdtempSync(join(tmpdir(), 'dateline-hook-'));
    writeFileSync(join(dir, 'a.html'), pageHtml('Harbour closed', 'Valletta'));
    const summary = await ingestSources([dir], {
      store,
      afterStore: async () => {
        throw new Error('stories: boom');
      },
    });
    expect(summary.failures.map((f) => f.reason)).toEqual(['after-store']);
    expect(await store.countArticles()).toBe(1);
  });
});

describe('ingestSources: URLs', () => {
  const FEED = 'https://news.example/feed.xml';
  const feedXml = `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><link>https://news.example/</link>
    <item><title>Ferry halted</title><link>https://news.example/a</link><pubDate>Sun, 10 Sep 2023 14:05:00 +0900</pubDate>
      <description><![CDATA[<p>${words('Gozo')}</p><p>${words('Gozo ferry')}</p>]]></description></item>
    <item><title>Quay damaged</title><link>https://news.example/b</link>
      <description><![CDATA[<p>${words('Mgarr')}</p><p>${words('Mgarr quay')}</p>]]></description></item>
    <item><title>Private page</title><link>https://news.example/private/c</link>
      <description>Short.</description></item>
  </channel></rss>`;

  it('fetches feed entries politely, falls back to the entry content, and uses conditional GET', async () => {
    const store = await tempStore();
    await store.addFeed(FEED, 'News');
    const { fetch, calls } = fakeFetch({
      'https://news.example/robots.txt': ok(
        'https://news.example/robots.txt',
        'User-agent: *\nDisallow: /private/\n',
        'text/plain',
      ),
      [FEED]: (o) =>
        o.etag === '"v1"'
          ? { ok: true, notModified: true, status: 304, url: FEED, headers: {} }
          : ok(FEED, feedXml, 'application/rss+xml', { etag: '"v1"' })(o),
      'https://news.example/a': ok('https://news.example/a', pageHtml('Ferry halted', 'Gozo'), 'text/html'),
      'https://news.example/b': () => ({
        ok: false,
        reason: 'http-error',
        status: 500,
        url: 'https://news.example/b',
        message: 'fetch: https://news.example/b: HTTP 500',
      }),
    });
    const summary = await ingestSources([FEED], { store, fetch }, { polite });
    // a: the page; b: the page failed, the entry's content stands in; c: disallowed by robots.txt, too short in the feed.
    expect(summary.stored).toBe(2);
    expect(calls.map((c) => c.url)).not.toContain('https://news.example/private/c');
    expect(summary.failures.map((f) => [f.source, f.reason])).toEqual([
      ['https://news.example/private/c', 'not-an-article'],
    ]);
    const a = await store.getArticle((await store.findArticleId('https://news.example/a'))!);
    expect(a?.article.publishedAt?.startsWith('2023-09-10')).toBe(true);
    const feed = (await store.listFeeds())[0];
    expect(feed?.etag).toBe('"v1"');
    expect(feed?.lastError).toBeNull();

    const again = await ingestSources([FEED], { store, fetch }, { polite });
    expect(calls.filter((c) => c.url === FEED).map((c) => c.etag)).toEqual([null, '"v1"']);
    expect(again).toMatchObject({ stored: 0, skipped: 1, failed: 0 });
  });

  it('stores no picture or PDF a sitemap lists, and takes a feed entry linking one from its own content', async () => {
    const store = await tempStore();
    const urlset = `<urlset><url><loc>https://news.example/report.pdf</loc></url><url><loc>https://news.example/a</loc></url></urlset>`;
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><link>https://news.example/</link>
    <item><title>Quay damaged</title><link>https://news.example/photo.jpg</link>
      <description><![CDATA[<p>${words('Mgarr')}</p><p>${words('Mgarr quay')}</p>]]></description></item>
  </channel></rss>`;
    const { fetch } = fakeFetch({
      'https://news.example/robots.txt': ok('https://news.example/robots.txt', '', 'text/plain'),
      'https://news.example/sitemap.xml': ok('https://news.example/sitemap.xml', urlset, 'application/xml'),
      'https://news.example/feed.xml': ok('https://news.example/feed.xml', feed, 'application/rss+xml'),
      'https://news.example/report.pdf': ok('https://news.example/report.pdf', '%PDF-1.7 ...', 'application/pdf'),
      'https://news.example/photo.jpg': ok('https://news.example/photo.jpg', 'JFIF', 'image/jpeg'),
      'https://news.example/a': ok('https://news.example/a', pageHtml('Ferry halted', 'Gozo'), 'text/html'),
    });
    const summary = await ingestSources(
      ['https://news.example/sitemap.xml', 'https://news.example/feed.xml'],
      { store, fetch },
      { polite },
    );
    expect(summary.failures).toEqual([
      {
        source: 'https://news.example/report.pdf',
        reason: 'not-html',
        message: 'fetch: https://news.example/report.pdf answered application/pdf, not a page',
      },
    ]);
    expect(summary.stored).toBe(2);
    const entry = await store.getArticle((await store.findArticleId('https://news.example/photo.jpg'))!);
    expect(entry?.article.title).toBe('Quay damaged');
  });

  it('follows a sitemap index within the caps, and does not refetch stored pages', async () => {
    const store = await tempStore();
    const index = `<sitemapindex><sitemap><loc>https://news.example/s1.xml</loc></sitemap><sitemap><loc>/s2.xml</loc></sitemap></sitemapindex>`;
    const urlset = (paths: string[]) =>
      `<urlset xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${paths
        .map(
          (p) =>
            `<url><loc>https://news.example${p}</loc><news:news><news:publication_date>2023-09-11</news:publication_date></news:news></url>`,
        )
        .join('')}</urlset>`;
    const routes: Record<string, Route> = {
      'https://news.example/sitemap.xml': ok('https://news.example/sitemap.xml', index, 'application/xml'),
      'https://news.example/s1.xml': ok('https://news.example/s1.xml', urlset(['/p1', '/p2']), 'application/xml'),
      'https://news.example/s2.xml': ok('https://news.example/s2.xml', urlset(['/p3', '/p4']), 'text/xml'),
    };
    for (const p of ['/p1', '/p2', '/p3', '/p4'])
      routes[`https://news.example${p}`] = ok(
        `https://news.example${p}`,
        pageHtml(`Story ${p}`, `Valletta ${p}`),
        'text/html',
      );
    const { fetch, calls } = fakeFetch(routes);
    const summary = await ingestSources(
      ['https://news.example/sitemap.xml'],
      { store, fetch },
      { polite, maxSitemapUrls: 3 },
    );
    expect(summary.stored).toBe(3);
    expect(summary.skipped).toBe(1); // the sitemap cap, reported
    const p1 = await store.getArticle((await store.findArticleId('https://news.example/p1'))!);
    expect(p1?.article.publishedAt).toBe('2023-09-11');

    const before = calls.length;
    const again = await ingestSources(['https://news.example/s1.xml'], { store, fetch }, { polite });
    expect(again).toMatchObject({ stored: 0, unchanged: 2 });
    // robots.txt is cached per run; the stored pages are not requested again.
    expect(calls.slice(before).map((c) => c.url)).toEqual([
      'https://news.example/robots.txt',
      'https://news.example/s1.xml',
    ]);

    const deep = await ingestSources(
      ['https://news.example/sitemap.xml'],
      { store, fetch },
      { polite, maxSitemapDepth: 0 },
    );
    expect(deep.failures.map((f) => f.reason)).toEqual(['sitemap-too-deep']);
  });

  it('reads an OPML list that names itself only once', async () => {
    const store = await tempStore();
    const OPML = 'https://news.example/list.opml';
    const opml = `<opml version="2.0"><body><outline xmlUrl="${OPML}"/><outline xmlUrl="${FEED}"/></body></opml>`;
    const { fetch, calls } = fakeFetch({
      [OPML]: ok(OPML, opml, 'text/x-opml'),
      [FEED]: ok(FEED, feedXml, 'application/rss+xml'),
      'https://news.example/a': ok('https://news.example/a', pageHtml('Ferry halted', 'Gozo'), 'text/html'),
      'https://news.example/b': ok('https://news.example/b', pageHtml('Quay damaged', 'Mgarr'), 'text/html'),
    });
    const summary = await ingestSources([OPML], { store, fetch }, { polite });
    expect(calls.filter((c) => c.url === OPML)).toHaveLength(1);
    expect(summary.stored).toBe(2);
    expect(summary.skipped).toBe(1);
  });

  it('refuses to fetch when robots.txt is unreachable (RFC 9309)', async () => {
    const store = await tempStore();
    const { fetch, calls } = fakeFetch({
      'https://down.example/robots.txt': () => ({
        ok: false,
        reason: 'http-error',
        status: 503,
        url: 'https://down.example/robots.txt',
        message: 'fetch: HTTP 503',
      }),
      'https://down.example/a': ok('https://down.example/a', pageHtml('A', 'Rabat'), 'text/html'),
    });
    const summary = await ingestSources(['https://down.example/a'], { store, fetch }, { polite });
    // Not fetched, and failed for now rather than refused for good: a rerun or a worker tries it again.
    expect(summary.failures.map((f) => [f.reason, f.status])).toEqual([['http-error', 503]]);
    expect(calls.map((c) => c.url)).toEqual(['https://down.example/robots.txt']);
  });

  it('keeps the HTTP status of a failed fetch on its failure, for the job queue to judge a retry', async () => {
    const store = await tempStore();
    const status = (code: number) => (): FetchOutcome => ({
      ok: false,
      reason: 'http-error',
      status: code,
      url: `https://news.example/${code}`,
      message: `fetch: https://news.example/${code}: HTTP ${code}`,
    });
    const { fetch } = fakeFetch({
      'https://news.example/robots.txt': ok('https://news.example/robots.txt', '', 'text/plain'),
      'https://news.example/503': status(503),
      'https://news.example/404': status(404),
    });
    const summary = await ingestSources(
      ['https://news.example/503', 'https://news.example/404'],
      { store, fetch },
      { polite },
    );
    const byUrl = Object.fromEntries(summary.failures.map((f) => [f.source, f.status]));
    expect(byUrl).toEqual({ 'https://news.example/503': 503, 'https://news.example/404': 404 });
  });
});
