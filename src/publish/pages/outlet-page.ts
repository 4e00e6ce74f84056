/** An outlet's page: its latest articles and feeds. */
import type { ArticleSummary, Page } from '../../store/port.js';
import { articleList } from '../components/article-list.js';
import { feedHead, feedLinks } from '../components/feed-links.js';
import { problemNotice } from '../components/notice.js';
import { pager, pastLastPage } from '../components/pager.js';
import type { PublishConfig } from '../config.js';
import { html } from '../html/safe-html.js';
import { paths } from '../urls.js';
import { layout } from './layout.js';

/** Renders the outlet page. */
export function outletPage(
  config: PublishConfig,
  outlet: string,
  articles: Page<ArticleSummary>,
  page: number,
  problem?: { param: string; message: string },
): string {
  const base = `${paths.outlet(outlet)}/feed`;
  const paging = { path: paths.outlet(outlet), params: {}, page, pageSize: config.pageSize, total: articles.total };
  const body = html`<h1>${outlet}</h1>
    ${problem ? problemNotice(`${problem.message}.`, html`<a href="${paths.outlet(outlet)}">Go to page 1</a>.`) : ''}
    <p class="meta">${articles.total} article${articles.total === 1 ? '' : 's'} on the desk.</p>
    <h2 class="visually-hidden">Latest articles</h2>
    ${pastLastPage(paging, articles.items.length) ?? articleList(articles.items, 'No articles from this outlet.')}
    ${pager(paging)} ${feedLinks(base)}`;
  return layout({ config, title: outlet, head: feedHead(base, outlet), body });
}
