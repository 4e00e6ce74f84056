import type { Article } from '../vocabulary.js';

/** The outlet shown to readers: the site's own name, else the URL's host without `www.`, else the source. */
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
  return source;
}
