import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSitemap } from './parse-sitemap.js';
import { parseOpml } from '../opml/parse-opml.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../test/corpus/ingest/feeds/${name}`, import.meta.url), 'utf8');

describe('parseSitemap', () => {
  it('reads a news sitemap: publication date and title, non-http locations dropped', () => {
    const out = parseSitemap(fixture('sitemap-news.xml'));
    expect(out).toMatchObject({ ok: true, kind: 'urlset' });
    if (!out.ok || out.kind !== 'urlset') return;
    expect(out.entries).toEqual([
      {
        url: 'https://news.example/2023/09/10/ferry',
        published: '2023-09-10T14:05:00+09:00',
        title: 'Ferry strike enters second week',
        lastmod: '2023-09-10T16:00:00+09:00',
      },
      { url: 'https://news.example/about', published: null, title: null, lastmod: '2023-01-01' },
    ]);
  });

  it('reads a sitemap index, resolving relative locations', () => {
    const out = parseSitemap(fixture('sitemap-index.xml'), 'https://news.example/sitemap.xml');
    expect(out).toEqual({
      ok: true,
      kind: 'index',
      sitemaps: ['https://news.example/sitemap-2023-09.xml', 'https://news.example/sitemap-2023-08.xml'],
    });
  });

  it('says not-a-sitemap for a feed', () => {
    expect(parseSitemap(fixture('rdf.xml'))).toMatchObject({ ok: false, reason: 'not-a-sitemap' });
  });
});

describe('parseOpml', () => {
  it('collects nested feed URLs once, setting non-http ones apart', () => {
    const out = parseOpml(fixture('subscriptions.opml'));
    expect(out).toEqual({
      ok: true,
      feeds: [
        { url: 'https://harbour.example/feed.xml', title: 'Harbour Gazette' },
        { url: 'https://json.example/feed.json', title: 'JSON Desk' },
      ],
      refused: ['javascript:alert(1)'],
    });
  });
});
