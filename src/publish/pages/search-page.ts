/** The search page: the form with filters, highlighted hits, pagination and feeds of the search. */
import type { OutletCount, Page, SearchHit } from '../../store/port.js';
import { articleList } from '../components/article-list.js';
import { feedHead, feedLinks } from '../components/feed-links.js';
import { problemNotice, infoNotice } from '../components/notice.js';
import { lastPage, pager, pastLastPage } from '../components/pager.js';
import type { PublishConfig } from '../config.js';
import { html, trustedHtml } from '../html/safe-html.js';
import { withQuery } from '../urls.js';
import { searchLabel } from '../search/search-label.js';
import { layout } from './layout.js';

export interface SearchForm {
  q: string;
  outlet?: string;
  language?: string;
  from?: string;
  to?: string;
  sort?: string;
}

export interface SearchPageInput {
  config: PublishConfig;
  form: SearchForm;
  results: Page<SearchHit> | null;
  outlets: readonly OutletCount[];
  page: number;
  /** A form field or parameter that was not acceptable: said above the form, no search run (status 400). */
  problem?: { param: string; message: string };
  /** The last page the search will show; a page past it gets no items (see `results`). */
  maxPage: number;
  /** Best matches first (a search with words) or newest first (operators and filters alone); said above the hits. */
  order?: 'relevance' | 'newest';
}

/** The form fields a problem can point at, so the message links to the field to correct. */
const FIELD_IDS: Readonly<Record<string, string>> = {
  q: 's-q',
  outlet: 's-outlet',
  language: 's-language',
  from: 's-from',
  to: 's-to',
  sort: 's-sort',
};

/** The list, or why there is nothing: past the last page, past the pages search shows, or no match. */
function resultsBody(input: SearchPageInput, results: Page<SearchHit>, params: Record<string, string | undefined>) {
  const paging = {
    path: '/search',
    params,
    page: input.page,
    pageSize: input.config.pageSize,
    total: results.total,
    order: input.order ?? 'relevance',
  };
  const past = pastLastPage(paging, results.items.length, results.totalIsLowerBound);
  if (past) return past;
  if (!results.items.length && input.page > input.maxPage && input.page <= lastPage(results.total, paging.pageSize))
    return infoNotice(`Search shows the first ${input.maxPage} pages of results; add words or filters to narrow it.`);
  return html`${articleList(results.items, 'Nothing matched. Try fewer words or remove a filter.')} ${pager(paging)}`;
}

/** Renders the search page; `results` is null before any criteria are given. */
export function searchPage(input: SearchPageInput): string {
  const { config, form } = input;
  const params = {
    q: form.q,
    outlet: form.outlet,
    language: form.language,
    from: form.from,
    to: form.to,
    sort: form.sort,
  };
  const query = withQuery('', params);
  const field = input.problem ? FIELD_IDS[input.problem.param] : undefined;
  // The field at fault is marked invalid and described by the notice, so a screen reader says why on focus.
  const invalid = (id: string) =>
    id === field ? trustedHtml(' aria-invalid="true" aria-describedby="s-problem"') : '';
  const body = html`<h1>Search</h1>
    ${
      input.problem
        ? problemNotice(
            `${input.problem.message}.`,
            field ? html`<a href="#${field}">Correct it below</a>.` : undefined,
            's-problem',
          )
        : ''
    }
    <form class="filters" role="search" method="get" action="/search">
      <label for="s-q"
        >Words, phrases or operators<input
          id="s-q"
          ${invalid('s-q')}
          type="search"
          name="q"
          size="40"
          value="${form.q}"
          placeholder='quoted:KCNA about:"Kim Jong Un" place:Vladivostok'
      /></label>
      <label for="s-outlet"
        >Outlet<select id="s-outlet" ${invalid('s-outlet')} name="outlet">
          <option value="">All outlets</option>
          ${input.outlets.map(
            (o) =>
              html`<option value="${o.outlet}" ${o.outlet === form.outlet ? ' selected' : ''}>${o.outlet}</option>`,
          )}
        </select></label
      >
      <label for="s-language"
        >Language<input
          id="s-language"
          ${invalid('s-language')}
          name="language"
          size="4"
          maxlength="35"
          value="${form.language ?? ''}"
      /></label>
      <label for="s-from"
        >From<input id="s-from" ${invalid('s-from')} type="date" name="from" value="${form.from ?? ''}"
      /></label>
      <label for="s-to">To<input id="s-to" ${invalid('s-to')} type="date" name="to" value="${form.to ?? ''}" /></label>
      <label for="s-sort"
        >Sort<select id="s-sort" ${invalid('s-sort')} name="sort">
          <option value="relevance">Best match</option>
          <option value="date" ${form.sort === 'date' ? ' selected' : ''}>Newest first</option>
        </select></label
      >
      <button type="submit">Search</button>
    </form>
    <p class="meta">
      Operators: <code>quoted:KCNA</code> (who is quoted), <code>about:"Kim Jong Un"</code> (who or what it is about),
      <code>place:Vladivostok</code>, <code>"exact phrase"</code>; a name's word will do (<code>about:Kim</code> finds
      every Kim). Every word is required (no <code>-word</code> to leave one out); <i>and</i>, <i>or</i>, <i>not</i>,
      <i>the</i> and other common words are skipped, in a phrase too (<code>"spoke in Berlin"</code>: "spoke" and
      "Berlin" a word apart at most).
    </p>
    ${
      input.results
        ? html`<section aria-labelledby="results-h" aria-live="polite">
            <h2 id="results-h">
              ${input.results.total.toLocaleString('en')}${input.results.totalIsLowerBound ? '+' : ''}
              result${input.results.total === 1 ? '' : 's'}
            </h2>
            ${
              input.results.total > 1
                ? html`<p class="meta">${input.order === 'newest' ? 'Newest first.' : 'Best matches first.'}</p>`
                : ''
            }
            ${resultsBody(input, input.results, params)} ${feedLinks('/search/feed', query)}
          </section>`
        : ''
    }`;
  return layout({
    config,
    title: form.q ? `Search: ${form.q}` : 'Search',
    head: input.results ? feedHead('/search/feed', `Search: ${searchLabel(form)}`, query) : undefined,
    body,
    query: form.q,
  });
}
