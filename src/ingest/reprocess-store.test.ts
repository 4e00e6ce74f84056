import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import type { Analysis, Article, ExtractInput } from '../vocabulary.js';
import { buildDemoDesk, demoInputs } from './demo/build-demo-desk.js';
import { ingestSources } from './ingest-sources.js';
import { inProcessProcessor } from './pipeline/in-process.js';
import { reprocessStore } from './reprocess-store.js';

const corpus = fileURLToPath(new URL('../../sample-corpus/riverbend-post', import.meta.url));
const seed = fileURLToPath(new URL('../../../shared/data/seed/kim-putin-train.txt', import.meta.url));

describe('reprocessStore', () => {
  it('re-extracts every raw page with the feed date it was stored with, and re-analyses it', async () => {
    const store = await openStore({ kind: 'sqlite', path: join(mkdtempSync(join(tmpdir(), 'dateline-re-')), 'd.db') });
    try {
      const first = await ingestSources([corpus], { store });
      expect(first.stored).toBe(3);
      const base = inProcessProcessor(() => new Date());
      const seen: ExtractInput[] = [];
      const processor = {
        extract: async (input: ExtractInput) => {
          seen.push(input);
          return base.extract(input);
        },
        analyze: async (article: Article): Promise<Analysis> => ({ ...(await base.analyze(article)), version: 'next' }),
      };
      const summary = await reprocessStore({ store, processor });
      expect(summary).toMatchObject({ reprocessed: 3, failed: 0 });
      expect(seen.map((s) => s.published).sort()).toEqual([
        '2026-09-11T11:00:00-05:00',
        '2026-09-15T13:40:00-05:00',
        '2026-09-22T09:15:00-05:00',
      ]);
      const list = await store.listArticles({ limit: 10 });
      expect(list.total).toBe(3);
      for (const a of list.items) expect((await store.getArticle(a.id))?.analysis?.version).toBe('next');
    } finally {
      await store.close();
    }
  });
});

describe('reprocessStore and rows that are no article', () => {
  it('removes a feed, a sitemap and an OPML list an older version stored as articles, and keeps the pages', async () => {
    const store = await openStore({ kind: 'sqlite', path: join(mkdtempSync(join(tmpdir(), 'dateline-re-')), 'd.db') });
    try {
      expect((await ingestSources([corpus], { store })).stored).toBe(3);
      // What an older version stored: the raw bytes of a feed (or sitemap, OPML list), gzipped or not, as an article.
      const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Notes</title><item><title>Ferry late</title><link>https://harbour.example/ferry</link></item></channel></rss>`;
      const sitemap = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://harbour.example/ferry</loc></url></urlset>`;
      const opml = `<?xml version="1.0"?><opml version="2.0"><body><outline type="rss" xmlUrl="https://harbour.example/rss"/></body></opml>`;
      const old = [
        ['feed.rss', Buffer.from(rss)],
        ['sitemap.xml', Buffer.from(sitemap)],
        ['list.opml', gzipSync(Buffer.from(opml))],
      ] as const;
      const base = inProcessProcessor(() => new Date());
      for (const [name, bytes] of old) {
        const text = `Harbour Notes ${name}: the ferry ran late all week because the new pier was still being built.`;
        const extracted = await base.extract({ text: `${name}\n\n${text.repeat(4)}` });
        if (!extracted.ok) throw new Error(extracted.message);
        const article = { ...extracted.article, url: `https://harbour.example/${name}` };
        await store.upsertArticle({
          article,
          analysis: await base.analyze(article),
          source: `https://harbour.example/${name}`,
          raw: {
            source: `https://harbour.example/${name}`,
            url: article.url,
            contentType: null,
            fetchedAt: '2026-01-01T00:00:00Z',
            bytes,
          },
        });
      }
      expect(await store.countArticles()).toBe(6);
      const summary = await reprocessStore({ store });
      expect(summary).toMatchObject({ reprocessed: 3, failed: 0, failures: [] });
      expect(summary.removed.map((r) => [r.source, r.kind])).toEqual([
        ['https://harbour.example/feed.rss', 'feed'],
        ['https://harbour.example/sitemap.xml', 'sitemap'],
        ['https://harbour.example/list.opml', 'opml'],
      ]);
      expect(await store.countArticles()).toBe(3);
      for (const r of summary.removed) expect(await store.getArticle(r.id)).toBeNull();
      expect((await store.search({ text: 'Harbour', limit: 10, offset: 0 })).total).toBe(0);
      // Run again: nothing more to remove.
      expect((await reprocessStore({ store })).removed).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

describe('buildDemoDesk', () => {
  it('ingests the sample corpus (and the seed dump when present) idempotently', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'dateline-demo-')), 'nested', 'demo.db');
    const first = await buildDemoDesk(db);
    expect(first.failures).toEqual([]);
    expect(first.stored).toBeGreaterThanOrEqual(16);
    expect(demoInputs().includes(seed)).toBe(existsSync(seed));
    const second = await buildDemoDesk(db);
    expect(second).toMatchObject({ stored: 0, failed: 0, unchanged: first.stored });
  });
});
