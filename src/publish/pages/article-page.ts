/**
 * The article page, laid out like a news page (headline, dek, byline, dateline, date, lead image with caption
 * and credit, body, share bar, link to the original) with the desk's view beside it (sources, entities, map).
 */
import type { StoredArticle } from '../../store/port.js';
import type { ArticleImage } from '../../vocabulary.js';
import { articleMeta } from '../components/article-meta.js';
import { entityChips } from '../components/entity-chips.js';
import { formatDate } from '../components/format-date.js';
import { quantitiesPanel } from '../components/quantities-panel.js';
import { shareBar } from '../components/share-bar.js';
import { sourcesPanel } from '../components/sources-panel.js';
import type { PublishConfig } from '../config.js';
import { html, safeUrl, trustedHtml, type SafeHtml } from '../html/safe-html.js';
import { sanitizeBodyHtml } from '../html/sanitize-body.js';
import { mapPlaces, placeMap } from '../map/place-map.js';
import { absolute, paths } from '../urls.js';
import { layoutHtml } from './layout.js';

/** The lead figure; the slot keeps caption and credit even when the image URL is missing. */
function leadFigure(image: ArticleImage | null): SafeHtml {
  if (!image) return html``;
  const src = safeUrl(image.url);
  if (!src && !image.caption && !image.credit) return html``;
  const dims = image.width && image.height ? html` width="${image.width}" height="${image.height}"` : '';
  return html`<figure class="lead">
    ${
      src
        ? html`<img src="${src}" alt="${image.alt ?? image.caption ?? ''}" ${dims} referrerpolicy="no-referrer" />`
        : html`<div
            class="image-missing"
            role="img"
            aria-label="${image.alt ?? image.caption ?? 'Image not available'}"
          >
            Image not available
          </div>`
    }
    ${
      image.caption || image.credit
        ? html`<figcaption>
            ${image.caption ?? ''}${image.credit ? html`<span class="credit">Photo: ${image.credit}</span>` : ''}
          </figcaption>`
        : ''
    }
  </figure>`;
}

function bodyHtml(stored: StoredArticle): SafeHtml {
  const body = stored.article.body;
  if (body.html.trim()) return trustedHtml(sanitizeBodyHtml(body.html, stored.article.leadImage?.url ?? null));
  return html`${body.paragraphs.map((p) => html`<p>${p}</p>`)}`;
}

function byline(authors: readonly string[]): SafeHtml {
  if (!authors.length) return html``;
  const names =
    authors.length === 1 ? authors[0]! : `${authors.slice(0, -1).join(', ')} and ${authors[authors.length - 1]!}`;
  return html`<p class="byline">By <span class="author">${names}</span></p>`;
}

/** Renders the whole article page (its `value` is the HTML; `htmlBytes` encodes it for sending). */
export function articlePage(stored: StoredArticle, config: PublishConfig): SafeHtml {
  const a = stored.article;
  const title = a.title ?? 'Untitled article';
  const pageUrl = absolute(config.baseUrl, paths.article(a.id));
  // A saved page was never fetched (no `url`), but its canonical link says where the original lives.
  const original = safeUrl(a.url ?? a.canonicalUrl);
  const date = formatDate(a.publishedAt);
  const modified = formatDate(a.modifiedAt);
  const analysis = stored.analysis;
  const body = html`<div class="article-layout">
    <article lang="${a.language ?? 'en'}" aria-labelledby="headline">
      <p class="kicker">
        <a href="${paths.outlet(stored.outlet)}">${stored.outlet}</a>${a.section ? html` · ${a.section}` : ''}${
          a.liveBlog ? html` · <strong>Live</strong>` : ''
        }
      </p>
      <h1 id="headline">${title}</h1>
      ${a.description ? html`<p class="dek">${a.description}</p>` : ''} ${byline(a.authors)}
      <p class="dateline-date">
        ${a.dateline ? html`<span class="dl">${a.dateline.place}</span>${a.dateline.agency ? html` (${a.dateline.agency})` : ''} · ` : ''}${
          date ? html`<time datetime="${a.publishedAt}">${date}</time>` : html`<span>Date not given</span>`
        }${modified && a.modifiedAt !== a.publishedAt ? html` · updated <time datetime="${a.modifiedAt}">${modified}</time>` : ''}
      </p>
      ${leadFigure(a.leadImage)} ${shareBar(pageUrl, title)}
      ${a.partial ? html`<p class="panel">Only part of this article was available to the desk.</p>` : ''}
      <div class="body">${bodyHtml(stored)}</div>
      <p class="sans">
        ${original ? html`<a href="${original}" rel="noopener noreferrer">Read the original at ${stored.outlet}</a> · ` : ''}${a.wordCount}
        words${
          stored.storyId ? html` · <a href="${paths.story(stored.storyId)}">Follow this story across outlets</a>` : ''
        }
      </p>
    </article>
    <aside aria-label="The desk's view">
      ${
        analysis
          ? sourcesPanel(analysis.attributions)
          : html`<section class="panel">
              <h2>Sources</h2>
              <p class="meta">Not analysed yet.</p>
            </section>`
      }
      ${analysis ? entityChips(analysis.entities, a.leadImage?.credit ?? null) : ''}
      ${analysis ? placeMap(mapPlaces(analysis.entities), 'Places') : ''}
      ${analysis ? quantitiesPanel(analysis.quantities) : ''}
    </aside>
  </div>`;
  return layoutHtml({
    config,
    title,
    head: articleMeta({ article: a, outlet: stored.outlet, pageUrl, siteName: config.siteName }),
    body,
  });
}
