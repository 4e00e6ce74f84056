/** The search page: the form with filters, highlighted hits, pagination and feeds of the search. */
import type { OutletCount, Page, SearchHit } from '../../store/port.js';
import { articleList } from '../components/article-list.js';
import { feedHead, feedLinks } from '../components/feed-links.js';
import { pager } from '../components/pager.js';
import type { PublishConfig } from '../config.js';
import { html } from '../html/safe-html.js';
import { withQuery } from '../urls.js';
import { layout } from './layout.js';

export interface SearchForm {
  q: string;
  outlet?: string;
  language?: string;
  from?: string;
  to?: string;
}

export interface SearchPageInput {
  config: PublishConfig;
  form: SearchForm;
  results: Page<SearchHit> | null;
  outlets: readonly OutletCount[];
  page: number;
}

/** Renders the search page; `results` is null before any criteria are given. */
export function searchPage(input: SearchPageInput): string {
  const { config, form } = input;
  const params = { q: form.q, outlet: form.outlet, language: form.language, from: form.from, to: form.to };
  const query = withQuery('', params);
  const body = html`<h1>Search</h1>
    <form class="filters" role="search" method="get" action="/search">
      <label for="s-q"
        >Words, phrases or operators<input
          id="s-q"
          type="search"
          name="q"
          size="40"
          value="${form.q}"
          placeholder='quoted:KCNA about:"Kim Jong Un" place:Vladivostok'
      /></label>
      <label for="s-outlet"
        >Outlet<select id="s-outlet" name="outlet">
          <option value="">All outlets</option>
          ${input.outlets.map(
            (o) =>
              html`<option value="${o.outlet}" ${o.outlet === form.outlet ? ' selected' : ''}>${o.outlet}</option>`,
          )}
        </select></label
      >
      <label for="s-language"
        >Language<input id="s-language" name="language" size="4" maxlength="8" value="${form.language ?? ''}"
      /></label>
      <label for="s-from">From<input id="s-from" type="date" name="from" value="${form.from ?? ''}" /></label>
      <label for="s-to">To<input id="s-to" type="date" name="to" value="${form.to ?? ''}" /></label>
      <button type="submit">Search</button>
    </form>
    <p class="meta">
      Operators: <code>quoted:KCNA</code> (who is quoted), <code>about:"Kim Jong Un"</code> (who or what it is about),
      <code>place:Vladivostok</code>, <code>"exact phrase"</code>.
    </p>
    ${
      input.results
        ? html`<section aria-labelledby="results-h" aria-live="polite">
            <h2 id="results-h">
              ${input.results.total.toLocaleString('en')}${input.results.totalIsLowerBound ? '+' : ''}
              result${input.results.total === 1 ? '' : 's'}
            </h2>
            ${articleList(input.results.items, 'Nothing matched. Try fewer words or remove a filter.')}
            ${pager({ path: '/search', params, page: input.page, pageSize: config.pageSize, total: input.results.total })}
            ${feedLinks('/search/feed', query)}
          </section>`
        : ''
    }`;
  return layout({
    config,
    title: form.q ? `Search: ${form.q}` : 'Search',
    head: input.results ? feedHead('/search/feed', `Search: ${form.q}`, query) : undefined,
    body,
    query: form.q,
  });
}
