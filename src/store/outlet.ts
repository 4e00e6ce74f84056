import type { Article } from '../vocabulary.js';

/** Shown for pages that name no site and have no URL (a text dump, stdin): never a local file path. */
export const UNKNOWN_OUTLET = 'Unknown outlet';

/**
 * The outlet shown to readers: the site's own name, else the URL's host without `www.`, else the source when
 * it is a URL, else UNKNOWN_OUTLET (a file path would leak the machine's layout onto public pages).
 */
export function outletOf(article: Pick<Article, 'siteName' | 'canonicalUrl' | 'url'>, source: string): string {
  const site = article.siteName?.trim();
  if (site) return site;
  for (const candidate of [article.canonicalUrl, article.url]) {
    if (!candidate) continue;
    try {
      const host = new URL(candidate).hostname.toLowerCase();
      if (host) return host.replace(/^www\./, '');
    } catch {
      // not a URL: try the next candidate
    }
  }
  return /^https?:\/\//i.test(source) ? (hostOf(source) ?? UNKNOWN_OUTLET) : UNKNOWN_OUTLET;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
