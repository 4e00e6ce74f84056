/**
 * Rendered article pages, kept as encoded bytes with their validators and ready-made response headers. An entry
 * is trusted without asking the store for `FRESH_MS` after it was last checked (readers may see an update up to
 * a second late); after that the article's revision decides whether it is still current. Measured: the store
 * read and JSON decode were most of the cost of a cached page under load, and building the headers per request
 * a third of what was left.
 *
 * A page is kept from its second request on (a "doorkeeper" of recently asked ids, as in TinyLFU): a desk of
 * 100,000 articles read at random would otherwise replace a 32 kB page on every request, and the old pages it
 * pushes out are what the garbage collector then has to sweep.
 */
import { hash } from 'node:crypto';
import type { StoredArticle } from '../store/port.js';
import { htmlBytes, type SafeHtml } from './html/safe-html.js';
import { LruCache } from './lru-cache.js';
import { withSecurityHeaders } from './security-headers.js';

/** How long a checked page is served without asking the store again. */
export const FRESH_MS = 1000;

export interface CachedPage {
  revision: string;
  bytes: Uint8Array;
  etag: string;
  /** Headers of the 200 response, security headers included; built once per page. */
  headers: Readonly<Record<string, string>>;
  /** Headers of the 304 response (validators and caching, no content type). */
  notModifiedHeaders: Readonly<Record<string, string>>;
  checkedAt: number;
}

/**
 * What a rendered page depends on besides the build: the upsert stamps `updatedAt` whenever the article or its
 * analysis changes (ingest again, reprocess), but the story desk files an article into a story without touching
 * it, and the page links to its story.
 */
export function pageRevision(stored: Pick<StoredArticle, 'updatedAt' | 'storyId'>): string {
  return `${stored.updatedAt}\u0000${stored.storyId ?? ''}`;
}

function httpDate(iso: string): string {
  const t = Date.parse(iso);
  return new Date(Number.isFinite(t) ? t : 0).toUTCString();
}

export class ArticlePageCache {
  private readonly lru: LruCache<CachedPage>;
  /** Ids asked for once, not yet kept: a page is kept when its id is found here. */
  private readonly askedOnce: LruCache<true>;

  /** `version` is folded into ETags so a new build's markup never matches an old validator. */
  constructor(
    size: number,
    private readonly version: string,
  ) {
    this.lru = new LruCache<CachedPage>(size);
    this.askedOnce = new LruCache<true>(size * 10);
  }

  /** The page when it was checked against the store less than FRESH_MS ago. */
  fresh(id: string, now: number): CachedPage | undefined {
    const page = this.lru.get(id);
    return page && now - page.checkedAt < FRESH_MS ? page : undefined;
  }

  /** The page when it was rendered from this revision of the article; marks it checked. */
  current(id: string, revision: string, now: number): CachedPage | undefined {
    const page = this.lru.get(id);
    if (!page || page.revision !== revision) return undefined;
    page.checkedAt = now;
    return page;
  }

  /**
   * A freshly rendered page of the article as stored, ready to send; kept when the article was asked for before
   * (or is already kept, in an older revision).
   */
  put(
    id: string,
    stored: Pick<StoredArticle, 'updatedAt' | 'storyId'>,
    html: SafeHtml | string,
    now: number,
  ): CachedPage {
    const revision = pageRevision(stored);
    const digest = hash('sha1', `${this.version}\u0000${id}\u0000${revision}`, 'base64url');
    const etag = `W/"${digest}"`;
    const validators = {
      etag,
      'last-modified': httpDate(stored.updatedAt),
      'cache-control': 'public, max-age=60, must-revalidate',
    };
    const page: CachedPage = {
      revision,
      bytes: htmlBytes(html),
      etag,
      headers: withSecurityHeaders({ ...validators, 'content-type': 'text/html; charset=UTF-8' }),
      notModifiedHeaders: withSecurityHeaders(validators),
      checkedAt: now,
    };
    if (this.lru.get(id) || this.askedOnce.get(id)) this.lru.set(id, page);
    else this.askedOnce.set(id, true);
    return page;
  }
}
