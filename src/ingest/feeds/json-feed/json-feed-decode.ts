/** JSON Feed 1.0 / 1.1 (jsonfeed.org) decoded into types shaped like the format. */

export interface JsonFeedItem {
  id: string | null;
  url: string | null;
  externalUrl: string | null;
  title: string | null;
  contentHtml: string | null;
  contentText: string | null;
  summary: string | null;
  datePublished: string | null;
  dateModified: string | null;
  /** 1.1 `authors[]` and 1.0 `author`, names only. */
  authors: string[];
}

export interface JsonFeedDoc {
  version: string;
  title: string | null;
  homePageUrl: string | null;
  feedUrl: string | null;
  items: JsonFeedItem[];
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
const obj = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

function authorNames(item: Record<string, unknown>): string[] {
  const list = Array.isArray(item.authors) ? item.authors : item.author ? [item.author] : [];
  return list.map((a) => str(obj(a).name)).filter((n): n is string => n !== null);
}

function decodeItem(v: unknown): JsonFeedItem {
  const i = obj(v);
  return {
    id: typeof i.id === 'number' ? String(i.id) : str(i.id),
    url: str(i.url),
    externalUrl: str(i.external_url),
    title: str(i.title),
    contentHtml: str(i.content_html),
    contentText: str(i.content_text),
    summary: str(i.summary),
    datePublished: str(i.date_published),
    dateModified: str(i.date_modified),
    authors: authorNames(i),
  };
}

/** Decodes a parsed JSON value; null when it is not a JSON Feed (no jsonfeed.org version). */
export function decodeJsonFeed(value: unknown): JsonFeedDoc | null {
  const doc = obj(value);
  const version = str(doc.version);
  if (!version || !version.includes('jsonfeed.org/version/')) return null;
  return {
    version,
    title: str(doc.title),
    homePageUrl: str(doc.home_page_url),
    feedUrl: str(doc.feed_url),
    items: (Array.isArray(doc.items) ? doc.items : []).map(decodeItem),
  };
}
