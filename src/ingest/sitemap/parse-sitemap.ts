/** Sitemap document → page entries or child sitemaps (adapted to our shapes), or a typed reason. */
import { parseFeedDate } from '../feeds/feed-dates.js';
import { resolveUrl } from '../feeds/resolve-url.js';
import { parseXml } from '../xml/parse-xml.js';
import { decodeSitemap } from './sitemap-decode.js';

export interface SitemapEntry {
  url: string;
  /** The news publication date when given, for extract's `published` fallback; lastmod is not a publication date. */
  published: string | null;
  title: string | null;
  lastmod: string | null;
}

export type SitemapOutcome =
  | { ok: true; kind: 'urlset'; entries: SitemapEntry[] }
  | { ok: true; kind: 'index'; sitemaps: string[] }
  | { ok: false; reason: 'malformed-xml' | 'not-a-sitemap'; message: string };

/** Parses a sitemap; `sitemapUrl` resolves relative locations (the protocol requires absolute ones, few comply). */
export function parseSitemap(body: string, sitemapUrl: string | null = null): SitemapOutcome {
  const xml = parseXml(body.replace(/^\uFEFF/, '').trimStart());
  if (!xml.ok) return { ok: false, reason: xml.reason, message: `sitemap: ${xml.message}` };
  const doc = decodeSitemap(xml.root);
  if (!doc) return { ok: false, reason: 'not-a-sitemap', message: 'sitemap: no <urlset> or <sitemapindex> root' };
  if (doc.kind === 'index') {
    const sitemaps = doc.sitemaps.map((s) => resolveUrl(s.loc, sitemapUrl)).filter((u): u is string => u !== null);
    return { ok: true, kind: 'index', sitemaps };
  }
  const entries: SitemapEntry[] = [];
  for (const u of doc.urls) {
    const url = resolveUrl(u.loc, sitemapUrl);
    if (!url) continue;
    entries.push({
      url,
      published: parseFeedDate(u.newsPublicationDate),
      title: u.newsTitle,
      lastmod: parseFeedDate(u.lastmod),
    });
  }
  return { ok: true, kind: 'urlset', entries };
}
