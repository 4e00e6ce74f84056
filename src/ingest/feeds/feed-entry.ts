/** The one shape every feed format is adapted to (STYLE.md §4: decode into format types, then adapt). */

export interface FeedEntry {
  /** The article's own URL (absolute), when the entry links to one. */
  url: string | null;
  title: string | null;
  /** ISO 8601 with the publisher's offset when the feed gives one; null when the entry carries no date. */
  published: string | null;
  /** Full content as HTML (RSS content:encoded, Atom content, JSON Feed content_html/content_text). */
  contentHtml: string | null;
  /** A short summary (RSS description when content:encoded exists, Atom summary, JSON Feed summary). */
  summary: string | null;
  author: string | null;
}

export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json-feed';

export interface Feed {
  format: FeedFormat;
  title: string | null;
  /** The site the feed belongs to (RSS channel link, Atom alternate link, JSON Feed home_page_url). */
  siteUrl: string | null;
  entries: FeedEntry[];
}

export type FeedFailureReason = 'malformed-xml' | 'malformed-json' | 'not-a-feed';

export type FeedOutcome = { ok: true; feed: Feed } | { ok: false; reason: FeedFailureReason; message: string };
