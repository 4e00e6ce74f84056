import { describe, expect, it } from 'vitest';
import { detectKind, kindFromContentType, kindFromName, sniffKind } from './input-kind.js';

const b = (s: string): Uint8Array => Buffer.from(s);

describe('input detection', () => {
  it('tells formats apart by content', () => {
    expect(sniffKind(b('WARC/1.1\r\nWARC-Type: warcinfo\r\n'))).toBe('warc');
    expect(sniffKind(b('<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>'))).toBe('feed');
    expect(sniffKind(b('<?xml version="1.0"?><!-- c --><feed xmlns="http://www.w3.org/2005/Atom">'))).toBe('feed');
    expect(sniffKind(b('<rdf:RDF xmlns:rdf="x">'))).toBe('feed');
    expect(sniffKind(b('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'))).toBe(
      'sitemap',
    );
    expect(sniffKind(b('<sitemapindex>'))).toBe('sitemap');
    expect(sniffKind(b('<?xml version="1.0"?><opml version="2.0">'))).toBe('opml');
    expect(sniffKind(b('{"version": "https://jsonfeed.org/version/1.1", "items": []}'))).toBe('feed');
    expect(sniffKind(b('<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml">'))).toBe('page');
    expect(sniffKind(b('Kim Jong Un leaves North Korea on train'))).toBeNull();
  });

  it('falls back to the extension, then the content type, then a page', () => {
    expect(kindFromName('x/dump.warc.gz')).toBe('warc');
    expect(kindFromName('a.HTML.gz')).toBe('page');
    expect(kindFromName('list.opml')).toBe('opml');
    expect(kindFromContentType('application/rss+xml; charset=utf-8')).toBe('feed');
    expect(detectKind(b('plain text'), { name: 'notes.txt' })).toBe('page');
    expect(detectKind(b('plain text'), { contentType: 'text/plain' })).toBe('page');
    // Content wins over a misleading name.
    expect(detectKind(b('<rss version="2.0">'), { name: 'feed.html' })).toBe('feed');
    expect(detectKind(b('<urlset>'), { name: 'sitemap.xml' })).toBe('sitemap');
  });
});
