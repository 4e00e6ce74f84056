/**
 * Article pages rendered when they are written (render-on-write), as a static-site generator would have them:
 * a reader is answered from the page the store keeps, without reading and decoding the article or running the
 * template (on the serve bench's desk those were ~230 of ~350 µs of server CPU per uncached page).
 *
 *  1. memory  — the pages read most, kept ready to send (article-page-cache.ts).
 *  2. stored  — the article's stored page of this build and these settings (its render key, render-key.ts),
 *               read with the article's revision.
 *  3. render  — no current page (new article, changed article, new build or settings): render it from the
 *               article, answer with it, and store it in the background (page-writer.ts), tagged with the
 *               revision read before the article, so a page of an article that changed meanwhile is not kept.
 *
 * `prerender` renders, ahead of readers, the pages that have no current rendering: `dateline serve` runs it in
 * the background, a page at a time between requests; the bench desk runs it at full speed.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { StoredArticle } from '../store/port.js';
import type { AppDeps } from './deps.js';
import { ArticlePageCache } from './article-page-cache.js';
import { htmlBytes } from './html/safe-html.js';
import { PageWriter, storePages } from './page-writer.js';
import { articlePage } from './pages/article-page.js';
import { RenderedPage } from './rendered-page.js';
import { renderKey } from './render-key.js';

/** Articles kept rendered in memory; a page is ~20–60 kB, so this is at most a few tens of MB. */
const MEMORY_PAGES = 1000;
/** Articles a pre-rendering pass looks at, and at most renders and stores, at a time. */
const PRERENDER_CHUNK = 64;
/** How often a pre-rendering pass logs its progress. */
const PROGRESS_MS = 10_000;

export interface PrerenderOptions {
  /** Stops the pass after the chunk in hand. */
  signal?: AbortSignal;
  /** Render without yielding to requests between pages, and compress in parallel (nothing else is served). */
  fast?: boolean;
}

export interface PrerenderSummary {
  /** Pages rendered and pages the store kept (a page whose article changed meanwhile is not kept). */
  rendered: number;
  stored: number;
  seconds: number;
}

export class StoredPages {
  readonly renderKey: string;
  readonly #deps: AppDeps;
  readonly #memory = new ArticlePageCache(MEMORY_PAGES);
  readonly #writer: PageWriter;

  constructor(deps: AppDeps) {
    this.#deps = deps;
    this.renderKey = renderKey(deps.config);
    this.#writer = new PageWriter(deps.store, this.renderKey, deps.logger);
  }

  /** The article's page ready to send, or null when there is no such article. */
  async get(id: string): Promise<RenderedPage | null> {
    const now = this.#deps.clock().getTime();
    const fresh = this.#memory.fresh(id, now);
    if (fresh) return fresh;
    const found = await this.#deps.store.articlePage(id, this.renderKey);
    if (!found) return null;
    const kept = this.#memory.current(id, found.revision, now);
    if (kept) return kept;
    let page: RenderedPage;
    if (found.page) page = RenderedPage.stored(found.revision, found.page);
    else {
      // Read after the revision: if the article changes in between, the revision the page is tagged with is
      // already behind, and the store refuses the page.
      const stored = await this.#deps.store.getArticle(id);
      if (!stored) return null;
      page = this.render(stored, found.revision);
      this.#writer.add(id, page);
    }
    this.#memory.offer(id, page, now);
    return page;
  }

  /** The article's page, rendered from it as stored at `revision`. */
  render(stored: StoredArticle, revision: number): RenderedPage {
    return RenderedPage.rendered(revision, htmlBytes(articlePage(stored, this.#deps.config)), stored.updatedAt);
  }

  /** Stores the pages rendered on read that are still waiting. */
  flush(): Promise<void> {
    return this.#writer.flush();
  }

  /** Renders and stores every page that has no current rendering, newest articles first. */
  async prerender(options: PrerenderOptions = {}): Promise<PrerenderSummary> {
    const { store, logger } = this.#deps;
    const started = performance.now();
    const summary = { rendered: 0, stored: 0, seconds: 0 };
    let logged = started;
    let from: string | undefined;
    let walked = false;
    while (!walked && !options.signal?.aborted) {
      const step = await store.unrenderedArticles(this.renderKey, PRERENDER_CHUNK, from);
      from = step.next ?? undefined;
      walked = from === undefined;
      const due = step.articles;
      const articles = due.length ? await store.getArticles(due.map((d) => d.id)) : [];
      const byId = new Map(articles.map((s) => [s.article.id, s]));
      const pages: { articleId: string; page: RenderedPage }[] = [];
      for (const { id, revision } of due) {
        const stored = byId.get(id);
        if (!stored) continue;
        // A page at a time, then the readers waiting: rendering one takes ~0.3 ms.
        if (!options.fast) await nextTurn();
        pages.push({ articleId: id, page: this.render(stored, revision) });
      }
      if (!options.fast) await nextTurn(); // a step over current pages reads the store, and SQLite answers at once
      summary.rendered += pages.length;
      if (pages.length)
        summary.stored += await storePages(store, this.renderKey, pages, { parallel: options.fast ?? false });
      if (performance.now() - logged >= PROGRESS_MS) {
        logged = performance.now();
        logger.info(progress(summary, started), 'publish: pre-rendering article pages');
      }
    }
    Object.assign(summary, progress(summary, started));
    if (summary.rendered) logger.info(summary, 'publish: article pages pre-rendered');
    return summary;
  }
}

function progress(summary: PrerenderSummary, started: number): PrerenderSummary {
  return { ...summary, seconds: Math.round(performance.now() - started) / 1000 };
}
