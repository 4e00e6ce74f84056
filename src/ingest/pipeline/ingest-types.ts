/** The ingest pipeline's own types: jobs, deps, options, progress and the summary it returns. */
import type { Store, StoredArticle } from '../../store/port.js';
import type { Sketch } from '../../stories/near-duplicates/minhash.js';
import type { Analysis, Article, ExtractInput, ExtractOutcome, RawDocument } from '../../vocabulary.js';
import type { FeedEntry } from '../feeds/feed-entry.js';
import type { FetchLike } from '../polite/robots-rules.js';
import type { PoliteOptions } from '../polite/polite-fetcher.js';

/** One page to store: bytes at hand (files, WARC records, feed content) or a URL to fetch politely. */
export interface PageJob {
  source: string;
  raw?: RawDocument;
  url?: string;
  /** The feed entry this page came from: its content is the fallback when the page fails. */
  entry?: FeedEntry | null;
  /** A publication date from the feed or sitemap, for pages that carry none. */
  published?: string | null;
}

/** The CPU-bound stages, injectable so a caller can move them to worker threads. */
export interface DocumentProcessor {
  extract(input: ExtractInput): Promise<ExtractOutcome>;
  analyze(article: Article): Promise<Analysis>;
  /**
   * analyze, and the body's near-duplicate sketch the story desk places the article with, where the processor can
   * make it off this thread (a worker pool): shingling a body cost 0.39 ms a page on the thread that also stores.
   */
  analyzeAndSketch?(article: Article): Promise<{ analysis: Analysis; sketch: Sketch }>;
}

/** What the `afterStore` hook receives: the stories stage clusters from here. */
export interface StoredEvent {
  id: string;
  created: boolean;
  article: Article;
  analysis: Analysis;
  source: string;
  /** The article as stored, when the store returned it (`UpsertResult.stored`): no need to read it back. */
  stored?: StoredArticle;
  /** The body's near-duplicate sketch, when the processor made it (`analyzeAndSketch`). */
  sketch?: Sketch;
}

/** Minimal structured logger (pino satisfies it). */
export interface IngestLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

export interface IngestDeps {
  store: Store;
  /** The safe fetcher (`fetchPage`); without it URL inputs fail with `no-fetcher`. */
  fetch?: FetchLike;
  now?: () => Date;
  logger?: IngestLogger;
  processor?: DocumentProcessor;
  /**
   * Hook point after each article is stored (created or changed): the stories stage plugs in here.
   * A throw is recorded as a failure of that source; the article stays stored.
   */
  afterStore?: AfterStore;
}

/** The `afterStore` hook, with what it may leave to do once a batch of pages is stored. */
export type AfterStore = ((event: StoredEvent) => Promise<void>) & {
  /**
   * Finishes what the hook put off (the story desk saves a large story once, not after each of its new articles);
   * ingest awaits it before it returns.
   */
  settle?: () => Promise<void>;
};

export interface IngestProgress {
  /** Pages finished (stored, unchanged, skipped or failed). */
  done: number;
  stored: number;
  unchanged: number;
  skipped: number;
  failed: number;
  /** Pages known so far; final once `expanding` is false. */
  total: number;
  /** While expanding: the page files counted under the inputs before starting (WARC and feeds count once). */
  estimatedTotal?: number;
  expanding: boolean;
  elapsedMs: number;
  /** The source just finished, and how. */
  last?: { source: string; status: PageStatus; reason?: string };
}

export interface IngestOptions {
  allowPrivate?: boolean;
  /** Pages processed at once (fetches overlap; default 4). */
  jobs?: number;
  onProgress?: (p: IngestProgress) => void;
  /** Aborting stops taking new pages; pages in flight finish and are stored. */
  signal?: AbortSignal;
  /** Fetch pages already stored again (default false: a stored URL is skipped without a request). */
  refetch?: boolean;
  /** Sitemap index nesting followed (default 3) and pages taken from sitemaps (default 5,000). */
  maxSitemapDepth?: number;
  maxSitemapUrls?: number;
  /** Cap on one local file or fetched body (default 20 MiB). */
  maxBytes?: number;
  polite?: PoliteOptions;
}

export type PageStatus = 'stored' | 'unchanged' | 'skipped' | 'failed';

export interface IngestFailure {
  source: string;
  reason: string;
  message: string;
  /** The HTTP status of an `http-error` fetch failure: the job queue retries 408, 425, 429 and 5xx. */
  status?: number;
}

export interface IngestSummary {
  /** Articles created or changed. */
  stored: number;
  created: number;
  updated: number;
  /** Already stored with the same content (resume). */
  unchanged: number;
  /** Not pages (WARC images, 404s), 304 feeds, robots-disallowed. */
  skipped: number;
  failed: number;
  failures: IngestFailure[];
  /** true when the signal stopped the batch early. */
  interrupted: boolean;
  elapsedMs: number;
}
