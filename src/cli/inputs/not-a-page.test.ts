import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { notAPageMessage } from './not-a-page.js';

const bytes = (s: string): Uint8Array => new Uint8Array(Buffer.from(s));

describe('notAPageMessage', () => {
  it('names feeds, sitemaps, OPML lists and WARC archives (gzipped too) and points at dateline ingest', () => {
    const rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>';
    expect(notAPageMessage('feed.xml', bytes(rss))).toBe(
      "read: feed.xml is a feed (RSS, Atom or JSON Feed), not a page; 'dateline ingest' reads it into the desk, page by page",
    );
    const sitemap = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>x</loc></url></urlset>';
    expect(notAPageMessage('s.xml', bytes(sitemap))).toContain('is a sitemap');
    expect(notAPageMessage('l.opml', bytes('<opml version="2.0"><body/></opml>'))).toContain('OPML');
    const warc = gzipSync(Buffer.from('WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n'));
    expect(notAPageMessage('crawl.warc.gz', new Uint8Array(warc))).toContain('is a WARC archive');
  });

  it('leaves pages, text dumps and undecodable bytes to extract', () => {
    expect(notAPageMessage('a.html', bytes('<!doctype html><html><body><p>Hi</p></body></html>'))).toBeNull();
    // A page that links its own RSS feed is still a page.
    const linking = '<html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head></html>';
    expect(notAPageMessage('b.html', bytes(linking))).toBeNull();
    expect(
      notAPageMessage('dump.txt', bytes('Kim Jong Un leaves North Korea on train\n\nShare on Facebook')),
    ).toBeNull();
    expect(notAPageMessage('bad.gz', new Uint8Array([0x1f, 0x8b, 0, 1, 2, 3]))).toBeNull();
  });
});
