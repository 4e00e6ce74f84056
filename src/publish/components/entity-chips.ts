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

/**
 * What to say of an entity the body never names, or null for one it does: the analysis adds the agencies of the
 * lead image's credit ("Photo: Kyodo") with no mentions, and a chip or a row beside the ones the text names would
 * pass it off as one of them. `credit` is the lead image's credit. The CLI's analysis tables say it the same way.
 */
export function notInTextNote(en: Entity, credit: string | null): string | null {
  if (en.mentions.length) return null;
  const words = (s: string) =>
    ` ${s
      .toLocaleLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .join(' ')} `;
  const named = credit !== null && [en.name, ...en.aliases].some((n) => words(credit).includes(words(n)));
  return named ? '(photo credit only)' : '(not named in the text)';
}

function notInText(en: Entity, credit: string | null): SafeHtml | string {
  const note = notInTextNote(en, credit);
  return note === null ? '' : html` <span class="meta">${note}</span>`;
}

/**
 * Chips grouped by kind; entities with more mentions first, and one the text never names (see notInText) marked
 * as such, last. `credit` is the lead image's credit.
 */
export function entityChips(entities: readonly Entity[], credit: string | null = null): SafeHtml {
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
                          }${notInText(en, credit)}</a
                        >
                      </li>`,
                  )}
                </ul>`,
          )
        : html`<p class="meta">No named entities found.</p>`
    }
  </section>`;
}
