import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../test/corpus/ingest/feeds/${name}`, import.meta.url), 'utf8');

function feedOf(name: string, url: string | null = null) {
  const out = parseFeed(fixture(name), url);
  if (!out.ok) throw new Error(out.message);
  return out.feed;
}

describe('parseFeed: RSS', () => {
  it('adapts RSS 2.0 with content:encoded, relative links and RFC 822 dates', () => {
    const feed = feedOf('rss2-content-encoded.xml', 'https://harbour.example/feed.xml');
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Harbour Gazette & Times');
    const [first, second, third] = feed.entries;
    expect(first).toEqual({
      url: 'https://harbour.example/news/ferry-strike',
      title: 'Ferry strike enters “second week”',
      published: '2023-09-10T14:05:00+09:00',
      contentHtml: '<p>Ferry crews stayed ashore for an eighth day, the union said.</p><p>Talks resume Monday.</p>',
      summary: 'Crews stay ashore <b>again</b>.',
      author: 'Mara Quinn',
      siteName: 'Harbour Gazette & Times', // the feed's title, for a page that names no site
    });
    // A permalink guid stands in for a missing link; description is the content when there is no content:encoded.
    expect(second?.url).toBe('https://harbour.example/news/second');
    expect(second?.published).toBe('2023-09-11T08:00:00Z');
    expect(second?.contentHtml).toBe('<p>Only a description here.</p>');
    expect(third?.url).toBeNull();
    expect(third?.published).toBeNull();
  });

  it('reads RSS 0.91 with a DOCTYPE', () => {
    const feed = feedOf('rss091.xml');
    expect(feed.entries.map((e) => e.url)).toEqual(['http://oldwire.example/1']);
  });

  it('reads RSS 1.0 (RDF) items beside the channel, with dc:date', () => {
    const feed = feedOf('rdf.xml');
    expect(feed.format).toBe('rdf');
    expect(feed.entries.map((e) => [e.url, e.published, e.author])).toEqual([
      ['https://rdf.example/a', '2023-09-10T09:30:00+02:00', 'Ana Ruiz'],
      ['https://rdf.example/b', '2023-09-11', null],
    ]);
  });
});

describe('parseFeed: Atom', () => {
  it('handles xhtml, CDATA html, escaped html and text content, xml:base and alternate links', () => {
    const feed = feedOf('atom.xml', 'https://atom.example/feed.xml');
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Atom & Co');
    const [one, two, three, four] = feed.entries;
    expect(one?.url).toBe('https://atom.example/blog/port-reopens');
    expect(one?.title).toBe('Port reopens');
    expect(one?.published).toBe('2023-09-10T10:00:00-04:00');
    expect(one?.author).toBe('Lee Park');
    expect(one?.summary).toBe('Short summary.');
    expect(one?.contentHtml).toContain('<p>The port reopened, officials said &amp; traders cheered.</p>');
    expect(two?.url).toBe('https://atom.example/blog/two');
    expect(two?.published).toBe('2023-09-11T00:00:00Z');
    expect(two?.contentHtml).toBe('<p>CDATA html</p>');
    expect(three?.contentHtml).toBe('<p>Escaped &amp; html</p>');
    expect(four?.contentHtml).toBe('<p>Plain &lt;text&gt; content</p>');
  });
});

describe('parseFeed: JSON Feed', () => {
  it('adapts 1.1 authors and 1.0 author, content_text to paragraphs', () => {
    const feed = feedOf('json-feed-1.1.json');
    expect(feed.format).toBe('json-feed');
    const [a, b] = feed.entries;
    expect(a).toMatchObject({ url: 'https://json.example/posts/1', author: 'Sam Ode', summary: 'Bridge closed.' });
    expect(a?.published).toBe('2023-09-10T07:00:00+01:00');
    expect(b?.url).toBe('https://json.example/posts/2');
    expect(b?.author).toBe('Old Style');
    expect(b?.contentHtml).toBe('<p>First paragraph.</p>\n<p>Second &lt;paragraph&gt;.</p>');
  });

  it('refuses JSON that is not a feed, and malformed JSON', () => {
    expect(parseFeed('{"items": []}')).toMatchObject({ ok: false, reason: 'not-a-feed' });
    expect(parseFeed('{"version": ')).toMatchObject({ ok: false, reason: 'malformed-json' });
  });
});

describe('parseFeed: hostile and broken input', () => {
  it('salvages the entries of a feed with an unclosed element, as feed readers do', () => {
    const out = parseFeed(fixture('malformed.xml'));
    expect(out.ok && out.feed.entries.map((e) => e.title)).toEqual(['Unclosed']);
  });

  it('reports truncated or binary XML as a value, never a throw', () => {
    expect(parseFeed('<rss><channel><item><title>x</title></chann')).toMatchObject({ reason: 'malformed-xml' });
    expect(parseFeed('\x00\x01binary<rss')).toMatchObject({ ok: false, reason: 'malformed-xml' });
  });

  it('does not expand a billion-laughs entity bomb', () => {
    const out = parseFeed(fixture('billion-laughs.xml'));
    if (out.ok) {
      expect(JSON.stringify(out.feed).length).toBeLessThan(100_000);
    } else {
      expect(out.reason).toBe('malformed-xml');
    }
  });

  it('refuses external entities', () => {
    const out = parseFeed(fixture('external-entity.xml'));
    expect(out.ok && JSON.stringify(out.feed).includes('root:')).toBe(false);
  });

  it('says not-a-feed for other XML', () => {
    expect(parseFeed('<html><body>hi</body></html>')).toMatchObject({ ok: false, reason: 'not-a-feed' });
  });
});
