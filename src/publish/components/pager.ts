/** Previous/next links for paginated lists. */
import { html, type SafeHtml } from '../html/safe-html.js';
import { withQuery } from '../urls.js';

export interface PagerInput {
  path: string;
  params: Record<string, string | undefined>;
  page: number;
  pageSize: number;
  total: number;
}

/** Renders nothing when everything fits on one page. */
export function pager(input: PagerInput): SafeHtml {
  const pages = Math.max(1, Math.ceil(input.total / input.pageSize));
  if (pages <= 1) return html``;
  const link = (page: number) => withQuery(input.path, { ...input.params, page: page > 1 ? page : undefined });
  return html`<nav class="pager" aria-label="Pagination">
    ${input.page > 1 ? html`<a rel="prev" href="${link(input.page - 1)}">← Newer</a>` : html`<span></span>`}
    <span class="meta">Page ${input.page} of ${pages}</span>
    ${input.page < pages ? html`<a rel="next" href="${link(input.page + 1)}">Older →</a>` : html`<span></span>`}
  </nav>`;
}

/** Reads a 1-based page number from a query value, clamped to a sane range. */
export function pageNumber(value: string | undefined, max = 10_000): number {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}
