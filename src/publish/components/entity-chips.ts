/** Entity chips: each named person, organization and place links to its entity page. */
import type { Entity } from '../../vocabulary.js';
import { html, type SafeHtml } from '../html/safe-html.js';
import { paths } from '../urls.js';

/** Kinds in reading order, with their labels. */
const KIND_ORDER: readonly { kind: Entity['kind']; label: string }[] = [
  { kind: 'person', label: 'People' },
  { kind: 'organization', label: 'Organizations' },
  { kind: 'place', label: 'Places' },
  { kind: 'other', label: 'Other' },
];

/** Chips grouped by kind; entities with more mentions first. */
export function entityChips(entities: readonly Entity[]): SafeHtml {
  const groups = KIND_ORDER.map(({ kind, label }) => ({
    label,
    items: entities.filter((en) => en.kind === kind).sort((a, b) => b.mentions.length - a.mentions.length),
  })).filter((g) => g.items.length);
  return html`<section class="panel" aria-labelledby="entities-h">
    <h2 id="entities-h">In this article</h2>
    ${
      groups.length
        ? groups.map(
            (g) =>
              html`<h3 class="meta">${g.label}</h3>
                <ul class="chips">
                  ${g.items.map(
                    (en) =>
                      html`<li>
                        <a href="${paths.entity(en.kind, en.name)}"
                          >${en.name}${
                            en.mentions.length > 1 ? html` <span class="meta">×${en.mentions.length}</span>` : ''
                          }</a
                        >
                      </li>`,
                  )}
                </ul>`,
          )
        : html`<p class="meta">No named entities found.</p>`
    }
  </section>`;
}
