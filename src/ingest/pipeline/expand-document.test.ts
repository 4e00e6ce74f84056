import { describe, expect, it } from 'vitest';
import { expandFeed, expandOpml } from './expand-document.js';
import { allExpanded, offlineExpandContext } from './testing/offline-expand-context.js';

// Expanding a local document needs no fetch and no store; only the clock and the limits.
const ctx = offlineExpandContext();

const local = { source: 'feed.xml', url: null, depth: 0 };

describe('expandFeed on a local file', () => {
  it('says that a link-only entry was not fetched, naming the link, instead of "neither a link nor content"', async () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:t</id>
      <updated>2026-09-08T00:00:00Z</updated><entry><title>A</title><id>urn:1</id>
      <link href="https://news.example/a.html"/><updated>2026-09-08T00:00:00Z</updated></entry></feed>`;
    const [only] = await allExpanded(expandFeed(atom, local, ctx));
    expect(only?.kind).toBe('failure');
    const message = only?.kind === 'failure' ? only.failure.message : '';
    expect(message).toContain('links in a local feed file are not fetched');
    expect(message).toContain('https://news.example/a.html');
    expect(message).not.toContain('neither a link nor content');
  });
});

describe('expandOpml', () => {
  it('reports an OPML list with no feeds as skipped rather than saying nothing', async () => {
    const out = await allExpanded(
      expandOpml(
        '<opml version="2.0"><head/><body></body></opml>',
        { ...local, source: 'l.opml' },
        ctx,
        async function* () {},
      ),
    );
    expect(out).toEqual([{ kind: 'skipped', source: 'l.opml', reason: 'empty-opml' }]);
  });

  it('reports each outline whose xmlUrl is not an http(s) URL, naming it, and follows the rest', async () => {
    const followed: string[] = [];
    const out = await allExpanded(
      expandOpml(
        `<opml version="2.0"><head/><body><outline xmlUrl="file:///etc/passwd"/>
          <outline xmlUrl="https://news.example/rss"/><outline xmlUrl="not a url"/></body></opml>`,
        { ...local, source: 'l.opml' },
        ctx,
        async function* (url) {
          followed.push(url);
          yield* []; // following is not under test: nothing comes back
        },
      ),
    );
    expect(followed).toEqual(['https://news.example/rss']);
    expect(out.map((e) => (e.kind === 'failure' ? [e.failure.source, e.failure.reason] : e.kind))).toEqual([
      ['file:///etc/passwd', 'bad-url'],
      ['not a url', 'bad-url'],
    ]);
    const first = out[0];
    expect(first?.kind === 'failure' && first.failure.message).toContain('l.opml');
  });
});
