/**
 * A feed entry's own content as a page, for extract: the fallback when the linked page fails, and the page
 * itself for local feed files. Metadata goes where extract reads it (title, author, canonical, published).
 */
import type { RawDocument } from '../../vocabulary.js';
import type { FeedEntry } from '../feeds/feed-entry.js';
import { escapeHtml } from '../xml/xml-values.js';

/** The entry as a RawDocument, or null when it has no content worth extracting. */
export function entryDocument(entry: FeedEntry, source: string, fetchedAt: string): RawDocument | null {
  const content = entry.contentHtml ?? (entry.summary ? `<p>${escapeHtml(entry.summary)}</p>` : null);
  if (!content) return null;
  const meta = (attr: string, name: string, value: string | null): string =>
    value ? `<meta ${attr}="${name}" content="${escapeHtml(value)}">` : '';
  const head = [
    '<meta charset="utf-8">',
    entry.title ? `<title>${escapeHtml(entry.title)}</title>` : '',
    meta('property', 'og:title', entry.title),
    meta('name', 'author', entry.author),
    meta('property', 'article:published_time', entry.published),
    meta('name', 'description', entry.summary),
    meta('property', 'og:site_name', entry.siteName ?? null),
    entry.url ? `<link rel="canonical" href="${escapeHtml(entry.url)}">` : '',
  ].join('');
  const html = `<!doctype html><html><head>${head}</head><body><article>${content}</article></body></html>`;
  const raw: RawDocument = { source, html, fetchedAt, headers: { 'content-type': 'text/html; charset=utf-8' } };
  if (entry.url) raw.url = entry.url;
  return raw;
}
