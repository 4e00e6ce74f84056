/** A list of article summaries (front, outlet, entity and search pages), with optional search snippets. */
import type { ArticleSummary, SearchHit } from '../../store/port.js';
import { html, trustedHtml, type SafeHtml } from '../html/safe-html.js';
import { paths } from '../urls.js';
import { formatDate } from './format-date.js';

function isHit(item: ArticleSummary | SearchHit): item is SearchHit {
  return typeof (item as SearchHit).snippet === 'string';
}

/** Keeps only `<mark>` from store snippets (they arrive escaped); anything else is escaped again. */
export function snippetHtml(snippet: string): SafeHtml {
  const parts = snippet.split(/(<\/?mark>)/);
  return trustedHtml(
    parts
      .map((p) => (p === '<mark>' || p === '</mark>' ? p : p.replace(/[<>"']/g, (c) => `&#${c.charCodeAt(0)};`)))
      .join(''),
  );
}

/** One list item. */
export function articleItem(item: ArticleSummary | SearchHit): SafeHtml {
  const date = formatDate(item.publishedAt);
  return html`<li>
    <h3><a href="${paths.article(item.id)}">${item.title ?? 'Untitled article'}</a></h3>
    <p class="meta">
      <a href="${paths.outlet(item.outlet)}">${item.outlet}</a>${
        item.authors.length ? html` · ${item.authors.join(', ')}` : ''
      }${date ? html` · <time datetime="${item.publishedAt}">${date}</time>` : ''}${
        item.language ? html` · <span lang="${item.language}">${item.language}</span>` : ''
      }
    </p>
    ${isHit(item) && item.snippet ? html`<p class="snippet">${snippetHtml(item.snippet)}</p>` : item.description ? html`<p>${item.description}</p>` : ''}
  </li>`;
}

/** The list, or a sentence saying it is empty. */
export function articleList(items: readonly (ArticleSummary | SearchHit)[], empty: string): SafeHtml {
  if (!items.length) return html`<p>${empty}</p>`;
  return html`<ul class="list">
    ${items.map(articleItem)}
  </ul>`;
}
