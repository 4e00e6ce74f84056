/** The front page: stories that are moving first, then the latest articles, filterable by outlet and language. */
import type { ArticleSummary, OutletCount, Page } from '../../store/port.js';
import { articleList } from '../components/article-list.js';
import { feedHead, feedLinks } from '../components/feed-links.js';
import { formatDate } from '../components/format-date.js';
import { pager } from '../components/pager.js';
import type { PublishConfig } from '../config.js';
import { html } from '../html/safe-html.js';
import { paths, withQuery } from '../urls.js';
import { layout } from './layout.js';
import type { MovingStory } from './moving-stories.js';

export interface FrontPageInput {
  config: PublishConfig;
  stories: readonly MovingStory[];
  articles: Page<ArticleSummary>;
  outlets: readonly OutletCount[];
  filters: { outlet?: string; language?: string };
  page: number;
}

/** Renders the front page. */
export function frontPage(input: FrontPageInput): string {
  const { config, filters } = input;
  const query = withQuery('', { outlet: filters.outlet, language: filters.language });
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
                      ${s.story.articleIds.length} articles from ${s.story.outlets.length}
                      outlets${
                        s.recent ? html` · ${s.recent} new recently` : ''
                      }${s.story.lastUpdated ? html` · updated ${formatDate(s.story.lastUpdated)}` : ''}
                    </p>
                    <p class="meta">${s.story.outlets.slice(0, 5).join(', ')}</p>
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
            maxlength="8"
            value="${filters.language ?? ''}"
            placeholder="en"
        /></label>
        <button type="submit">Filter</button>
      </form>
      ${articleList(input.articles.items, 'No articles yet. Ingest some with `dateline ingest`.')}
      ${pager({ path: '/', params: { outlet: filters.outlet, language: filters.language }, page: input.page, pageSize: config.pageSize, total: input.articles.total })}
      ${feedLinks('/feed', query)}
    </section>`;
  return layout({ config, title: config.siteName, head: feedHead('/feed', config.siteName, query), body });
}
