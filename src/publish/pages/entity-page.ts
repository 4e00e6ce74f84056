/** An entity's page: every article mentioning or quoting it. */
import type { ArticleSummary, EntityRef } from '../../store/port.js';
import { articleList } from '../components/article-list.js';
import { feedHead, feedLinks } from '../components/feed-links.js';
import { infoNotice } from '../components/notice.js';
import type { PublishConfig } from '../config.js';
import { html } from '../html/safe-html.js';
import { paths, withQuery } from '../urls.js';
import { layout } from './layout.js';

const KIND_LABEL: Readonly<Record<string, string>> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  other: 'Entity',
};

/** Renders the entity page; the store may list fewer articles than it counts, and the page then says so. */
export function entityPage(config: PublishConfig, ref: EntityRef, articles: readonly ArticleSummary[]): string {
  const about = paths.search({ q: `about:"${ref.name}"` });
  // Following an entity is following the search about it: the feed fills as new articles name it.
  const aboutQuery = withQuery('', { q: `about:"${ref.name}"` });
  const partial =
    articles.length < ref.articleCount
      ? infoNotice(
          html`Showing the latest ${articles.length} of ${ref.articleCount}.
            <a href="${about}">Search about ${ref.name}</a> to page through all of them.`,
        )
      : '';
  const body = html`<p class="kicker">${KIND_LABEL[ref.kind] ?? ref.kind}</p>
    <h1>${ref.name}</h1>
    <p class="meta">
      Named in ${ref.articleCount} article${ref.articleCount === 1 ? '' : 's'}.
      <a href="${about}">Search about ${ref.name}</a> ·
      <a href="${paths.search({ q: `quoted:"${ref.name}"` })}">Where ${ref.name} is quoted</a>
    </p>
    <h2 class="visually-hidden">Articles</h2>
    ${partial} ${articleList(articles, 'No articles.')} ${feedLinks('/search/feed', aboutQuery)}`;
  return layout({ config, title: ref.name, head: feedHead('/search/feed', `About ${ref.name}`, aboutQuery), body });
}
