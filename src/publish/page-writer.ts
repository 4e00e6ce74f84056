/**
 * Stores pages rendered on read (render-on-write's fallback), in batches and off the request's path: a page is
 * compressed on libuv's thread pool and written with others in one store write, a short while after it was
 * rendered. The request that rendered it never waits; a page that cannot be stored (its article changed
 * meanwhile, or the store failed) is simply rendered again by the next reader.
 */
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import type { ArticlePageWrite, Store } from '../store/port.js';
import type { Logger } from './deps.js';
import type { RenderedPage } from './rendered-page.js';

const gzipAsync = promisify(gzipCallback);

/**
 * gzip level of stored pages. Each page is compressed once and sent many times, so the best ratio is worth its
 * time: measured on the bench desk's pages (19.5 kB), level 9 gave 6.6 kB in ~0.4 ms, level 6 the same size within
 * 0.1%, level 1 7.1 kB.
 */
export const PAGE_GZIP_LEVEL = 9;
/** Pages per store write. */
const BATCH = 64;
/** How long a rendered page may wait for others before its batch is written. */
const DELAY_MS = 100;
/** Pages waiting at most; past it a page is not stored (the store is behind) and is rendered again when read. */
const MAX_PENDING = 2000;
/** A store that keeps refusing writes (read-only file or user) is logged once a minute, not once a batch. */
const WARN_EVERY_MS = 60_000;

/** The page compressed as the store keeps it (on the thread pool). */
export async function compressPage(page: RenderedPage): Promise<Uint8Array> {
  if (page.gzip) return page.gzip;
  const gzip = await gzipAsync(page.identity(), { level: PAGE_GZIP_LEVEL });
  page.attachGzip(gzip);
  return gzip;
}

/** Compresses the pages and stores them in one write; returns how many the store kept. */
export async function storePages(
  store: Store,
  renderKey: string,
  pages: readonly { articleId: string; page: RenderedPage }[],
  options: { parallel?: boolean } = {},
): Promise<number> {
  // One page at a time leaves the thread pool's other threads (and the other core) to the server's readers.
  if (options.parallel) await Promise.all(pages.map(({ page }) => compressPage(page)));
  const writes: ArticlePageWrite[] = [];
  for (const { articleId, page } of pages) {
    await compressPage(page);
    writes.push({ articleId, revision: page.revision, ...page.toStored(renderKey)! });
  }
  return store.putArticlePages(writes);
}

export class PageWriter {
  readonly #pending = new Map<string, RenderedPage>();
  #timer: NodeJS.Timeout | null = null;
  #writing: Promise<void> = Promise.resolve();
  #warnedAt = -Infinity;
  #failed = 0;

  constructor(
    private readonly store: Store,
    private readonly renderKey: string,
    private readonly logger: Logger,
  ) {}

  /** Queues a page rendered on read for storing. */
  add(articleId: string, page: RenderedPage): void {
    if (this.#pending.size >= MAX_PENDING && !this.#pending.has(articleId)) return;
    this.#pending.set(articleId, page);
    if (this.#pending.size >= BATCH) this.#flushSoon(0);
    else this.#flushSoon(DELAY_MS);
  }

  /** Writes every queued page; resolves once they are written (or failed, which is logged). */
  flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const batch = [...this.#pending].map(([articleId, page]) => ({ articleId, page }));
    this.#pending.clear();
    // One write at a time: batches queue behind each other rather than competing for the store's write lock.
    this.#writing = this.#writing.then(async () => {
      for (let i = 0; i < batch.length; i += BATCH) {
        await storePages(this.store, this.renderKey, batch.slice(i, i + BATCH)).catch((err: unknown) => {
          this.#failed += Math.min(BATCH, batch.length - i);
          if (performance.now() - this.#warnedAt < WARN_EVERY_MS) return;
          this.#warnedAt = performance.now();
          this.logger.warn({ err, pages: this.#failed }, 'publish: storing rendered article pages failed');
          this.#failed = 0;
        });
      }
    });
    return this.#writing;
  }

  #flushSoon(delay: number): void {
    if (this.#timer && delay > 0) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), delay);
    this.#timer.unref();
  }
}
