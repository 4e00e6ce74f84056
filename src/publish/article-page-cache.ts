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
  /** Headers of the 200 response, security headers and length included; built once per page. */
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

/**
 * Ids asked for recently, as 32-bit hashes in a fixed table indexed by the hash (a newer id takes an older one's
 * slot). It answers what a bounded LRU of ids did without allocating: on a desk read at random, that LRU's Map
 * took a new key and dropped an old one on every request, keys and tables the garbage collector then promoted
 * and swept. Measured in-process, a 1000-page cache put at random over 100,000 ids with 25 kB pages (GC
 * included): 53 -> 44 µs a request.
 */
export class RecentIds {
  readonly #slots: Uint32Array;
  readonly #mask: number;

  /** Room for about `size` ids (rounded up to a power of two). */
  constructor(size: number) {
    const slots = 2 ** Math.ceil(Math.log2(Math.max(2, size)));
    this.#slots = new Uint32Array(slots);
    this.#mask = slots - 1;
  }

  /** Whether `id` was added and its slot not taken since (or, rarely, another id has the same 32-bit hash). */
  has(id: string): boolean {
    const h = hashId(id);
    return this.#slots[h & this.#mask] === h;
  }

  add(id: string): void {
    const h = hashId(id);
    this.#slots[h & this.#mask] = h;
  }
}

/** FNV-1a over the UTF-16 code units, never 0 (an empty slot). */
function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0 || 1;
}

export class ArticlePageCache {
  private readonly lru: LruCache<CachedPage>;
  /** Ids asked for once, not yet kept: a page is kept when its id is found here. */
  private readonly askedOnce: RecentIds;

  /** `version` is folded into ETags so a new build's markup never matches an old validator. */
  constructor(
    size: number,
    private readonly version: string,
  ) {
    this.lru = new LruCache<CachedPage>(size);
    this.askedOnce = new RecentIds(size * 10);
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
    const bytes = htmlBytes(html);
    const page: CachedPage = {
      revision,
      bytes,
      etag,
      headers: withSecurityHeaders({
        ...validators,
        'content-type': 'text/html; charset=UTF-8',
        // Known with the bytes, so a Node server can write the headers before the body (article-fast-path.ts).
        'content-length': String(bytes.length),
      }),
      notModifiedHeaders: withSecurityHeaders(validators),
      checkedAt: now,
    };
    if (this.lru.get(id) || this.askedOnce.has(id)) this.lru.set(id, page);
    else this.askedOnce.add(id);
    return page;
  }
}
