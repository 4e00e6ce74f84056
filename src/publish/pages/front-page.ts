/** The front page: stories that are moving first, then the latest articles, filterable by outlet and language. */
import type { ArticleSummary, OutletCount, Page } from '../../store/port.js';
import { articleList } from '../components/article-list.js';
import { feedHead, feedLinks } from '../components/feed-links.js';
import { formatDate } from '../components/format-date.js';
import { infoNotice, problemNotice } from '../components/notice.js';
import { distinctOutlets, outletNames } from '../components/outlet-names.js';
import { pager, pastLastPage } from '../components/pager.js';
import type { PublishConfig } from '../config.js';
import { html, type SafeHtml } from '../html/safe-html.js';
import { paths, withQuery } from '../urls.js';
import { layout } from './layout.js';
import { MOVING_WINDOW_HOURS, type MovingStory } from './moving-stories.js';

export interface FrontPageInput {
  config: PublishConfig;
  stories: readonly MovingStory[];
  articles: Page<ArticleSummary>;
  outlets: readonly OutletCount[];
  filters: { outlet?: string; language?: string };
  page: number;
  /** A query parameter that was not acceptable, left out of the list below (the page answers 400). */
  problem?: { param: string; message: string };
}

/** Outlet names shown on a story card before "+k more". */
const CARD_OUTLETS = 5;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What an empty list means: nothing stored yet, or nothing matching the filters (with a way to clear them). */
function emptyState(input: FrontPageInput): SafeHtml {
  const { outlet, language } = input.filters;
  // Items counted but none on this page, and not past the end: the page lies beyond what lists show.
  if (input.articles.total > 0)
    return infoNotice(`Page ${input.page} is further back than lists go; filter by outlet or language to narrow it.`);
  if (!outlet && !language)
    return infoNotice(
      html`No articles yet. Ingest some with <code>dateline ingest</code>, or subscribe to a feed with
        <code>dateline feeds add</code>.`,
    );
  const known = !outlet || input.outlets.some((o) => o.outlet === outlet);
  const what = !known
    ? html`There is no outlet called “${outlet}” on the desk.`
    : html`No articles${outlet ? html` from ${outlet}` : ''}${language ? html` in language “${language}”` : ''}.`;
  return infoNotice(html`${what} <a href="/">Clear the filter${outlet && language ? 's' : ''}</a>.`);
}

/** Renders the front page. */
export function frontPage(input: FrontPageInput): string {
  const { config, filters } = input;
  const query = withQuery('', { outlet: filters.outlet, language: filters.language });
  const params = { outlet: filters.outlet, language: filters.language };
  // No "follow" links for a filter that matched nothing: that feed would stay empty.
  const followable = input.articles.total > 0 || !(filters.outlet || filters.language);
  const paging = { path: '/', params, page: input.page, pageSize: config.pageSize, total: input.articles.total };
  const body = html`<h1 class="visually-hidden">${config.siteName}</h1>
    ${
      input.stories.length
        ? html`<section aria-labelledby="stories-h">
            <h2 id="stories-h">Stories that are moving</h2>
            <ul class="stories">
              ${input.stories.map(
                (s) =>
                  html`<li>
                    <h3><a href="${paths.story(s.story.id)}">${s.story.title}</a></h3>
                    <p class="meta">
                      ${plural(s.story.articleIds.length, 'article')} from
                      ${plural(distinctOutlets(s.story.outlets).length, 'outlet')}${
                        s.recent ? html` · ${s.recent} new in the last ${MOVING_WINDOW_HOURS} hours` : ''
                      }${s.story.lastUpdated ? html` · updated ${formatDate(s.story.lastUpdated)}` : ''}
                    </p>
                    <p class="meta">${outletNames(s.story.outlets, CARD_OUTLETS, paths.story(s.story.id))}</p>
                  </li>`,
              )}
            </ul>
          </section>`
        : ''
    }
    <section aria-labelledby="latest-h">
      <h2 id="latest-h">Latest articles</h2>
      <form class="filters" method="get" action="/">
        <label for="f-outlet"
          >Outlet<select id="f-outlet" name="outlet">
            <option value="">All outlets</option>
            ${input.outlets.map(
              (o) =>
                html`<option value="${o.outlet}" ${o.outlet === filters.outlet ? ' selected' : ''}>
                  ${o.outlet} (${o.count})
                </option>`,
            )}
          </select></label
        >
        <label for="f-language"
          >Language<input
            id="f-language"
            name="language"
            size="4"
            maxlength="35"
            value="${filters.language ?? ''}"
            placeholder="en"
        /></label>
        <button type="submit">Filter</button>
      </form>
      ${input.problem ? problemNotice(`${input.problem.message}.`, html`<a href="/">Show all articles</a>.`) : ''}
      ${pastLastPage(paging, input.articles.items.length) ?? (input.articles.items.length ? articleList(input.articles.items, '') : emptyState(input))}
      ${pager(paging)} ${followable ? feedLinks('/feed', query) : ''}
    </section>`;
  return layout({
    config,
    title: config.siteName,
    head: followable ? feedHead('/feed', config.siteName, query) : undefined,
    body,
  });
}
