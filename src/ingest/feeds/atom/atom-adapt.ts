/** AtomFeed → Feed. */
import { escapeHtml, rawContent } from '../../xml/xml-values.js';
import type { AdaptedFeed, FeedEntry } from '../feed-entry.js';
import { parseFeedDate } from '../feed-dates.js';
import { resolveUrl } from '../resolve-url.js';
import type { AtomEntry, AtomLink, AtomText } from './atom-decode.js';
import type { AtomFeed } from './atom-decode.js';

/** The construct as HTML: xhtml is already markup, html is escaped or CDATA-wrapped markup, text is text. */
export function atomHtml(t: AtomText | null): string | null {
  if (!t) return null;
  if (t.type === 'xhtml') return t.raw.trim() || null;
  const decoded = rawContent(t.raw).trim();
  if (!decoded) return null;
  return t.type === 'html' ? decoded : `<p>${escapeHtml(decoded)}</p>`;
}

/** The construct as plain text (titles). */
function atomPlain(t: AtomText | null): string | null {
  if (!t) return null;
  const s = rawContent(t.raw);
  const plain = t.type === 'text' ? s : rawContent(s.replace(/<[^>]*>/g, ''));
  return plain.replace(/\s+/g, ' ').trim() || null;
}

function alternate(links: AtomLink[]): string | null {
  return (
    (
      links.find((l) => l.rel === 'alternate' && (!l.type || l.type.includes('html'))) ??
      links.find((l) => l.rel === 'alternate')
    )?.href ?? null
  );
}

function adaptEntry(e: AtomEntry, base: string | null): FeedEntry {
  return {
    url: resolveUrl(alternate(e.links), base) ?? resolveUrl(e.id, base),
    title: atomPlain(e.title),
    published: parseFeedDate(e.published ?? e.updated),
    contentHtml: e.contentSrc ? null : (atomHtml(e.content) ?? atomHtml(e.summary)),
    summary: e.content ? atomPlain(e.summary) : null,
    author: e.authors.length ? e.authors.join(', ') : null,
  };
}

/** Adapts a decoded Atom feed; `feedUrl` resolves relative links. */
export function adaptAtom(feed: AtomFeed, feedUrl: string | null): AdaptedFeed {
  const base = resolveUrl(feed.base, feedUrl) ?? feedUrl;
  return {
    format: 'atom',
    title: atomPlain(feed.title),
    siteUrl: resolveUrl(alternate(feed.links), base),
    entries: feed.entries.map((e) => adaptEntry(e, base)),
  };
}
