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
  /**
   * The site name the feed's title gives (`feed-site-name.ts`), for a page that names none. Set only when the
   * entry links into the feed's own site (or links nowhere), so an aggregator's name never lands on others' pages.
   */
  siteName?: string | null;
}

export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json-feed';

export interface Feed {
  format: FeedFormat;
  title: string | null;
  /** The site the feed belongs to (RSS channel link, Atom alternate link, JSON Feed home_page_url). */
  siteUrl: string | null;
  /** The site name in the feed's title ("Riverbend Post — World" → "Riverbend Post"), or null. */
  siteName: string | null;
  entries: FeedEntry[];
}

/** A feed as a format adapter gives it; `parseFeed` adds what is derived across formats. */
export type AdaptedFeed = Omit<Feed, 'siteName'>;

export type FeedFailureReason = 'malformed-xml' | 'malformed-json' | 'not-a-feed';

export type FeedOutcome = { ok: true; feed: Feed } | { ok: false; reason: FeedFailureReason; message: string };
