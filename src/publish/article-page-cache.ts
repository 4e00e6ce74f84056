/**
 * Rendered article pages, kept as encoded bytes with their validators. An entry is trusted without asking the
 * store for `FRESH_MS` after it was last checked (readers may see an update up to a second late); after that
 * the store's `updatedAt` decides whether it is still current. Measured: the store read and JSON decode were
 * most of the cost of a cached page under load.
 */
import { createHash } from 'node:crypto';
import { LruCache } from './lru-cache.js';

/** How long a checked page is served without asking the store again. */
export const FRESH_MS = 1000;

export interface CachedPage {
  updatedAt: string;
  bytes: Uint8Array;
  etag: string;
  lastModified: string;
  checkedAt: number;
}

const encoder = new TextEncoder();

function httpDate(iso: string): string {
  const t = Date.parse(iso);
  return new Date(Number.isFinite(t) ? t : 0).toUTCString();
}

export class ArticlePageCache {
  private readonly lru: LruCache<CachedPage>;

  /** `version` is folded into ETags so a new build's markup never matches an old validator. */
  constructor(
    size: number,
    private readonly version: string,
  ) {
    this.lru = new LruCache<CachedPage>(size);
  }

  /** The page when it was checked against the store less than FRESH_MS ago. */
  fresh(id: string, now: number): CachedPage | undefined {
    const page = this.lru.get(id);
    return page && now - page.checkedAt < FRESH_MS ? page : undefined;
  }

  /** The page when it was rendered from this version of the article; marks it checked. */
  current(id: string, updatedAt: string, now: number): CachedPage | undefined {
    const page = this.lru.get(id);
    if (!page || page.updatedAt !== updatedAt) return undefined;
    page.checkedAt = now;
    return page;
  }

  /** Stores a freshly rendered page. */
  put(id: string, updatedAt: string, html: string, now: number): CachedPage {
    const digest = createHash('sha1').update(`${this.version}\u0000${id}\u0000${updatedAt}`).digest('base64url');
    const page: CachedPage = {
      updatedAt,
      bytes: encoder.encode(html),
      etag: `W/"${digest}"`,
      lastModified: httpDate(updatedAt),
      checkedAt: now,
    };
    this.lru.set(id, page);
    return page;
  }
}
