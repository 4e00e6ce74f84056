/**
 * A story's page: the timeline of coverage (who reported first, who followed), the outlets side by side,
 * the entities they share, a map of the places, and the claims matrix.
 */
import type { StoredArticle } from '../../store/port.js';
import type { Entity, Story } from '../../vocabulary.js';
import { claimsMatrix } from '../components/claims-matrix.js';
import { feedHead, feedLinks } from '../components/feed-links.js';
import { formatDate } from '../components/format-date.js';
import type { PublishConfig } from '../config.js';
import { html } from '../html/safe-html.js';
import { mapPlaces, placeMap } from '../map/place-map.js';
import { paths } from '../urls.js';
import { layout } from './layout.js';
import { countNoun } from '../components/count-noun.js';

function when(s: StoredArticle): string {
  return s.article.publishedAt ?? s.ingestedAt;
}

/** Entities named by at least two outlets (or all, when one outlet covers the story), most outlets first. */
function sharedEntities(articles: readonly StoredArticle[]): { entity: Entity; outlets: number }[] {
  const byKey = new Map<string, { entity: Entity; outlets: Set<string> }>();
  for (const s of articles) {
    for (const e of s.analysis?.entities ?? []) {
      const key = `${e.kind}\u0000${e.name}`;
      const slot = byKey.get(key) ?? { entity: e, outlets: new Set<string>() };
      slot.outlets.add(s.outlet);
      byKey.set(key, slot);
    }
  }
  const outletCount = new Set(articles.map((a) => a.outlet)).size;
  const min = outletCount >= 2 ? 2 : 1;
  return [...byKey.values()]
    .filter((v) => v.outlets.size >= min)
    .map((v) => ({ entity: v.entity, outlets: v.outlets.size }))
    .sort((a, b) => b.outlets - a.outlets || a.entity.name.localeCompare(b.entity.name))
    .slice(0, 40);
}

/** Renders the story page from the story and its stored articles. */
export function storyPage(config: PublishConfig, story: Story, articles: readonly StoredArticle[]): string {
  const ordered = [...articles].sort((a, b) => when(a).localeCompare(when(b)));
  const outlets = story.outlets.length ? story.outlets : [...new Set(ordered.map((a) => a.outlet))];
  const shared = sharedEntities(ordered);
  const places = mapPlaces(shared.map((s) => s.entity));
  const base = `${paths.story(story.id)}/feed`;
  const total = story.articleIds.length;
  const body = html`<p class="kicker">
      Story · ${countNoun(total, 'article')} · ${countNoun(outlets.length, 'outlet')}
    </p>
    <h1>${story.title}</h1>
    <p class="meta">
      ${story.firstSeen ? html`First seen ${formatDate(story.firstSeen)}` : ''}${
        story.lastUpdated ? html` · last updated ${formatDate(story.lastUpdated)}` : ''
      }
    </p>
    <section aria-labelledby="timeline-h">
      <h2 id="timeline-h">Timeline of coverage</h2>
      ${
        ordered.length < total
          ? html`<p class="meta">Showing the first ${ordered.length} of ${countNoun(total, 'article')}.</p>`
          : ''
      }
      <ol class="timeline">
        ${ordered.map(
          (s, i) =>
            html`<li>
              <span class="meta">${formatDate(when(s))}</span> — <strong>${s.outlet}</strong> ${
                i === 0 ? html`<em>reported first</em>` : html`followed`
              }:
              <a href="${paths.article(s.article.id)}">${s.article.title ?? 'Untitled'}</a
              >${s.duplicateOf ? html` <span class="meta">(syndicated copy)</span>` : ''}
            </li>`,
        )}
      </ol>
    </section>
    <section aria-labelledby="claims-h">
      <h2 id="claims-h">Claims across outlets</h2>
      ${claimsMatrix(story.claims, outlets)}
    </section>
    <section aria-labelledby="outlets-h">
      <h2 id="outlets-h">Outlets side by side</h2>
      <div class="side-by-side">
        ${outlets.map(
          (o) =>
            html`<section aria-label="${o}">
              <h3><a href="${paths.outlet(o)}">${o}</a></h3>
              <ul>
                ${ordered
                  .filter((s) => s.outlet === o)
                  .map(
                    (s) =>
                      html`<li>
                        <a href="${paths.article(s.article.id)}">${s.article.title ?? 'Untitled'}</a>
                        <span class="meta"
                          >${formatDate(when(s))} · ${s.article.wordCount} words ·
                          ${s.analysis?.attributions.length ?? 0} attributions</span
                        >
                      </li>`,
                  )}
              </ul>
            </section>`,
        )}
      </div>
    </section>
    <section class="panel" aria-labelledby="shared-h">
      <h2 id="shared-h">Shared entities</h2>
      ${
        shared.length
          ? html`<ul class="chips">
              ${shared.map(
                (s) =>
                  html`<li>
                    <a href="${paths.entity(s.entity.kind, s.entity.name)}"
                      ><span class="kind">${s.entity.kind}</span>${s.entity.name}${
                        s.outlets > 1 ? html` <span class="meta">${s.outlets} outlets</span>` : ''
                      }</a
                    >
                  </li>`,
              )}
            </ul>`
          : story.topEntities.length
            ? html`<ul class="chips">
                ${story.topEntities.map((name) => html`<li><a href="${paths.search({ q: `about:"${name}"` })}">${name}</a></li>`)}
              </ul>`
            : html`<p class="meta">None yet.</p>`
      }
    </section>
    ${placeMap(places, 'Places in this story')} ${feedLinks(base)}`;
  return layout({ config, title: story.title, head: feedHead(base, story.title), body });
}
