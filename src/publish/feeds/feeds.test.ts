import { describe, it, expect } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { renderAtom } from './atom.js';
import type { FeedDoc } from './feed-model.js';
import { renderJsonFeed } from './json-feed.js';
import { renderRss } from './rss.js';

const hostile = `Tom & Jerry <script>alert("x")</script> 'quoted' \u0001`;
const doc: FeedDoc = {
  title: hostile,
  description: hostile,
  homeUrl: 'https://desk.example/',
  feedUrl: 'https://desk.example/feed/rss?q=a&b=c',
  updated: '2023-09-11',
  items: [
    {
      id: 'https://desk.example/article/1',
      url: 'https://desk.example/article/1',
      externalUrl: 'https://news.example/a?x=1&y=2',
      title: hostile,
      summary: hostile,
      authors: [hostile],
      outlet: 'News & Co',
      outletFeedUrl: 'https://desk.example/outlet/News%20%26%20Co/feed/rss',
      published: '2023-09-11T09:00:00+09:00',
      seen: '2023-09-12T10:00:00Z',
      image: null,
      language: 'en',
      analysis: null,
    },
  ],
};

describe('feed writers', () => {
  it('write well-formed RSS and Atom that round-trip hostile text', () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    for (const xml of [renderRss(doc), renderAtom(doc)]) {
      expect(xml).not.toContain('<script>');
      expect(xml).not.toContain('\u0001');
      const parsed = parser.parse(xml) as Record<string, unknown>;
      expect(JSON.stringify(parsed)).toContain('Tom & Jerry <script>');
    }
    expect(renderRss(doc)).toContain('<pubDate>Mon, 11 Sep 2023 00:00:00 GMT</pubDate>');
    expect(renderAtom(doc)).toContain('<published>2023-09-11T00:00:00.000Z</published>');
  });

  it('writes JSON Feed 1.1 with absolute URLs', () => {
    const feed = JSON.parse(renderJsonFeed(doc)) as {
      version: string;
      items: { url: string; date_published: string }[];
    };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items[0]!.url).toBe('https://desk.example/article/1');
  });

  it('gives an item whose page had no date no publication date, not the time the desk stored it', () => {
    const undated: FeedDoc = { ...doc, items: [{ ...doc.items[0]!, published: null }] };
    const rss = renderRss(undated);
    expect(rss).not.toContain('<pubDate>');
    expect(rss).toContain('<source url="https://desk.example/outlet/News%20%26%20Co/feed/rss">News &amp; Co</source>');
    const atom = renderAtom(undated);
    expect(atom).not.toContain('<published>');
    expect(atom).toContain('<updated>2023-09-12T10:00:00.000Z</updated>');
    const json = JSON.parse(renderJsonFeed(undated)) as { items: Record<string, unknown>[] };
    expect(json.items[0]).not.toHaveProperty('date_published');
    // A dated item keeps its date in every format.
    expect(renderAtom(doc)).toContain('<updated>2023-09-11T00:00:00.000Z</updated>');
  });
});
