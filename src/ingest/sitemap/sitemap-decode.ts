/** Sitemaps (sitemaps.org 0.9), Google News sitemaps and sitemap indexes, decoded as the format has them. */
import type { XmlNode } from '../xml/parse-xml.js';
import { array, child, isNode, text } from '../xml/xml-values.js';

export interface SitemapUrl {
  loc: string | null;
  lastmod: string | null;
  /** `news:news/news:publication_date` (Google News sitemap). */
  newsPublicationDate: string | null;
  newsTitle: string | null;
  newsPublicationName: string | null;
}

export type SitemapDoc =
  | { kind: 'urlset'; urls: SitemapUrl[] }
  | { kind: 'index'; sitemaps: { loc: string | null; lastmod: string | null }[] };

function decodeUrl(node: unknown): SitemapUrl {
  const news = child(node, 'news');
  return {
    loc: text(child(node, 'loc')),
    lastmod: text(child(node, 'lastmod')),
    newsPublicationDate: text(child(news, 'publication_date')),
    newsTitle: text(child(news, 'title')),
    newsPublicationName: text(child(child(news, 'publication'), 'name')),
  };
}

/** Decodes a sitemap document root; null when it is neither a urlset nor a sitemapindex. */
export function decodeSitemap(root: XmlNode): SitemapDoc | null {
  const urlset = child(root, 'urlset');
  if (isNode(urlset) || urlset === '') return { kind: 'urlset', urls: array(child(urlset, 'url')).map(decodeUrl) };
  const index = child(root, 'sitemapindex');
  if (isNode(index) || index === '') {
    const sitemaps = array(child(index, 'sitemap')).map((s) => ({
      loc: text(child(s, 'loc')),
      lastmod: text(child(s, 'lastmod')),
    }));
    return { kind: 'index', sitemaps };
  }
  return null;
}
