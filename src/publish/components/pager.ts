/** Previous/next links for paginated lists. */
import { html, type SafeHtml } from '../html/safe-html.js';
import { withQuery } from '../urls.js';

export interface PagerInput {
  path: string;
  params: Record<string, string | undefined>;
  page: number;
  pageSize: number;
  total: number;
  /**
   * How the list is ordered: newest first (the default) steps to "Newer"/"Older" pages; a search ranked by
   * relevance steps to "Previous"/"Next", since its next page is not older.
   */
  order?: 'newest' | 'relevance';
}

/** The number of the last page of `total` items (1 when there are none). */
export function lastPage(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

function pageLink(input: PagerInput, page: number): string {
  return withQuery(input.path, { ...input.params, page: page > 1 ? page : undefined });
}

/**
 * When the page asked for lies past the end of a list that has items, a sentence saying so with a link to the
 * last page, for the list's "nothing here" to stand in for; else null. `shown` is the items on this page: a
 * total that is only a lower bound may undercount, and a page that has items is never "past the end".
 */
export function pastLastPage(input: PagerInput, shown: number, totalIsLowerBound = false): SafeHtml | null {
  const last = lastPage(input.total, input.pageSize);
  if (shown > 0 || input.total === 0 || input.page <= last) return null;
  // A counted-up-to-a-cap total only says the list has at least this many pages.
  const size = `${totalIsLowerBound ? 'at least ' : ''}${last === 1 ? 'one page' : `${last} pages`}`;
  const go = totalIsLowerBound ? `Go to page ${last}` : `Go to the last page (page ${last})`;
  return html`<p class="notice" role="status">
    Page ${input.page} is past the end of this list, which has ${size}. <a href="${pageLink(input, last)}">${go}</a>.
  </p>`;
}

/** Renders nothing when everything fits on one page. */
export function pager(input: PagerInput): SafeHtml {
  const pages = lastPage(input.total, input.pageSize);
  // Past the end there is nothing to step through; pastLastPage says so instead.
  if (pages <= 1 || input.page > pages) return html``;
  const link = (page: number) => pageLink(input, page);
  const [prev, next] = input.order === 'relevance' ? ['Previous', 'Next'] : ['Newer', 'Older'];
  return html`<nav class="pager" aria-label="Pagination">
    ${input.page > 1 ? html`<a rel="prev" href="${link(input.page - 1)}">← ${prev}</a>` : html`<span></span>`}
    <span class="meta">Page ${input.page} of ${pages}</span>
    ${input.page < pages ? html`<a rel="next" href="${link(input.page + 1)}">${next} →</a>` : html`<span></span>`}
  </nav>`;
}

/** Reads a 1-based page number from a query value, clamped to a sane range (for routes that do not check it). */
export function pageNumber(value: string | undefined, max = 10_000): number {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}
