/**
 * The store port (STYLE.md §9): one interface, implemented by SQLite (embedded default) and PostgreSQL (scale).
 * Every implementation passes the same contract suite. Database-specific SQL stays behind this port.
 * Methods are async because PostgreSQL is; the SQLite implementation resolves synchronously underneath.
 */
import type { Analysis, Article, Story } from '../vocabulary.js';

/** A page as it was fetched, kept compressed so `reprocess` can re-extract with a newer extractor. */
export interface RawPage {
  source: string;
  url: string | null;
  contentType: string | null;
  headers?: Record<string, string>;
  fetchedAt: string;
  bytes: Uint8Array;
}

export interface StoredArticle {
  article: Article;
  analysis: Analysis | null;
  /** The outlet shown to readers: siteName, else the URL's host, else the source. */
  outlet: string;
  source: string;
  ingestedAt: string;
  updatedAt: string;
  storyId: string | null;
  /** Set when this article is a syndicated copy of another (near-duplicate folding). */
  duplicateOf: string | null;
}

/** A light row for lists, search hits and feeds (no body html, no analysis). */
export interface ArticleSummary {
  id: string;
  url: string | null;
  title: string | null;
  description: string | null;
  outlet: string;
  authors: string[];
  publishedAt: string | null;
  language: string | null;
  leadImageUrl: string | null;
  storyId: string | null;
  ingestedAt: string;
}

export interface UpsertInput {
  article: Article;
  /**
   * The article's analysis. Omitted: the stored one is kept, unless the body changed (its offsets would be
   * stale), then it is cleared. null: cleared.
   */
  analysis?: Analysis | null;
  /** Omitted or null: a stored raw page is kept. */
  raw?: RawPage | null;
  source: string;
}

export interface UpsertResult {
  id: string;
  /** false when the article was already stored and was updated in place. */
  created: boolean;
  /**
   * The article as `getArticle` would now return it, when the store has it at hand (not when the stored analysis
   * was kept): the story desk places it without reading it back and parsing its JSON again.
   */
  stored?: StoredArticle;
}

export interface ListQuery {
  outlet?: string;
  language?: string;
  storyId?: string;
  limit: number;
  offset?: number;
}

export interface SearchQuery {
  /** Free text (FTS syntax is escaped; phrases in quotes kept). May be empty when only filters are given. */
  text: string;
  outlet?: string;
  language?: string;
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
  /** Analysis filters: `quoted:KCNA`, `about:"Kim Jong Un"`, `place:Vladivostok`. */
  quoted?: string;
  about?: string;
  place?: string;
  /** `relevance` (default: best first; newest first without text) or `date` (newest first, rank 0). */
  sort?: SearchSort;
  limit: number;
  offset?: number;
}

/** The orders a search lists its hits in (search-plan.ts SEARCH_SORTS). */
export type SearchSort = 'relevance' | 'date';

export interface SearchHit extends ArticleSummary {
  /** HTML-escaped snippet with <mark> around matched terms. */
  snippet: string;
  /** Relevance, higher is better; comparable only within one query and one dialect (0 without text or by date). */
  rank: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  /** true when `total` is a lower bound: search stops counting at a cap to stay fast ("1,000+ results"). */
  totalIsLowerBound?: boolean;
}

export interface OutletCount {
  outlet: string;
  count: number;
}

export interface EntityRef {
  kind: string;
  name: string;
  articleCount: number;
}

export interface FeedSubscription {
  url: string;
  title: string | null;
  etag: string | null;
  lastModified: string | null;
  lastFetchedAt: string | null;
  lastError: string | null;
}

/** One article's place in the stories, for `setStories`. */
export interface StoryFiling {
  articleId: string;
  storyId: string | null;
  duplicateOf: string | null;
}

/**
 * An article's page as rendered and stored (render-on-write): readers are answered from it without the template.
 * The store keeps it only while the article's row is as it was rendered from (see `ArticlePageLookup.revision`).
 */
export interface StoredPage {
  /** What the page was rendered with besides the article: the build and the publish settings. */
  renderKey: string;
  etag: string;
  /** An HTTP date. */
  lastModified: string;
  /** The page's length in bytes, uncompressed. */
  size: number;
  /** The page, gzip-compressed: sent as it is to clients that accept gzip. */
  gzip: Uint8Array;
}

/** What `articlePage` finds for a stored article. */
export interface ArticlePageLookup {
  /**
   * The article's revision: it moves on every change of what `getArticle` returns (ingest again, reprocess, a
   * story filing), in the same transaction, and the stored page goes with it. Read it before the article when
   * rendering, and give it back to `putArticlePages`.
   */
  revision: number;
  /** The stored page when there is one of the render key asked for. */
  page: StoredPage | null;
}

/** A page to store, rendered from the article as it was at `revision`. */
export interface ArticlePageWrite extends StoredPage {
  articleId: string;
  revision: number;
}

/** An article that has no stored page of a render key, for rendering ahead of readers. */
export interface UnrenderedArticle {
  id: string;
  revision: number;
}

/** One step of a walk over the articles for pages to render (`unrenderedArticles`). */
export interface UnrenderedStep {
  /** The articles of this step without a current page. */
  articles: UnrenderedArticle[];
  /** Where the next step starts; null when the walk has reached the oldest article. */
  next: string | null;
}

/** One article's near-duplicate sketch (encoded), for `setSketches`. */
export interface SketchRow {
  articleId: string;
  sketch: string;
}

export interface Store {
  /** Applies pending versioned migrations. Idempotent. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  /** Stores an article by identity (canonical URL, else URL, else content hash): created once, then updated. */
  upsertArticle(input: UpsertInput): Promise<UpsertResult>;
  /**
   * Several upserts in one transaction (optional; without it a caller upserts one by one). Each input stands
   * alone: the result at its index is its UpsertResult, or the Error its upsert threw (the others are kept).
   */
  upsertArticles?(inputs: readonly UpsertInput[]): Promise<(UpsertResult | Error)[]>;
  getArticle(id: string): Promise<StoredArticle | null>;
  /** Every stored article's id, in ingest order (for a full read in batches with `getArticles`). */
  articleIds(): Promise<string[]>;
  /** Several articles in one read, in the order of `ids`; unknown ids are skipped. */
  getArticles(ids: readonly string[]): Promise<StoredArticle[]>;
  /** The id of the article stored under this URL (as its identity, URL or canonical URL), for skipping known pages. */
  findArticleId(url: string): Promise<string | null>;
  listArticles(query: ListQuery): Promise<Page<ArticleSummary>>;
  search(query: SearchQuery): Promise<Page<SearchHit>>;
  outlets(): Promise<OutletCount[]>;
  countArticles(): Promise<number>;

  /**
   * Removes an article with everything kept for it (raw page, analysis, rendered page, story filing); false when
   * no article has the id. For `reprocess`, which removes what an older version stored as an article but is not
   * one (a feed, a sitemap). The caller rebuilds the stories.
   */
  deleteArticle(id: string): Promise<boolean>;

  /** Raw pages for `reprocess`, in ingest order. */
  rawPages(): AsyncIterable<{ id: string; raw: RawPage }>;
  setAnalysis(id: string, analysis: Analysis): Promise<void>;

  /** Entities across articles, for entity pages. */
  entity(kind: string, name: string): Promise<{ ref: EntityRef; articles: ArticleSummary[] } | null>;

  /** Stories: clustering decides, the store keeps. */
  saveStory(story: Story): Promise<void>;
  getStory(id: string): Promise<Story | null>;
  /** Stories with an article filed under them, most recently updated first, `offset` of them skipped. */
  listStories(limit: number, offset?: number): Promise<Story[]>;
  /** How many stories `listStories` can list (those with an article filed under them). */
  countStories(): Promise<number>;
  /** Removes a story row (one merged away); its articles are left as they are. Unknown ids are ignored. */
  deleteStory(id: string): Promise<void>;
  /** Files an article under a story; `duplicateOf` omitted leaves it as it was. Throws for an unknown article. */
  setStory(articleId: string, storyId: string | null, duplicateOf?: string | null): Promise<void>;
  /**
   * `setStory` for many articles in one write (the desk files thousands at start-up): all or none, throwing for
   * an unknown article; the last filing of an article listed twice wins.
   */
  setStories(filings: readonly StoryFiling[]): Promise<void>;

  /**
   * Near-duplicate sketches (encoded), kept so the story desk need not re-shingle every article at start-up.
   * A sketch is tied to the article's content hash: once the article's text changes, it is no longer returned.
   */
  setSketch(articleId: string, sketch: string): Promise<void>;
  /** `setSketch` for many articles in one write: all or none, throwing for an unknown article; the last wins. */
  setSketches(rows: readonly SketchRow[]): Promise<void>;
  /** Every current sketch, by article id. */
  sketches(): Promise<Map<string, string>>;

  /**
   * Rendered article pages. `articlePage`: the article's revision and its stored page of `renderKey`, or null
   * when there is no such article. `putArticlePages`: stores each page unless its article has changed since the
   * revision it was rendered from (or is gone); returns how many were stored. `unrenderedArticles`: a step of a
   * walk over the articles, newest first, from `from` (a step's `next`; the newest article when absent): of the
   * next `limit` articles, those without a current page of `renderKey`. Each step reads `limit` articles at most,
   * so a walk over a desk whose pages are all current never holds the store for long.
   */
  articlePage(id: string, renderKey: string): Promise<ArticlePageLookup | null>;
  putArticlePages(pages: readonly ArticlePageWrite[]): Promise<number>;
  unrenderedArticles(renderKey: string, limit: number, from?: string): Promise<UnrenderedStep>;

  /** Feed subscriptions and their conditional-GET state. Adding a known feed keeps it (and sets a new title). */
  addFeed(url: string, title?: string | null): Promise<void>;
  removeFeed(url: string): Promise<boolean>;
  listFeeds(): Promise<FeedSubscription[]>;
  /** Updates the given fields of a subscribed feed; a URL that is not subscribed is left alone. */
  updateFeed(url: string, patch: Partial<Omit<FeedSubscription, 'url'>>): Promise<void>;
}
