/** The desk's sources panel: who said what, according to whom, with anonymous speakers marked. */
import type { Attribution, AttributionParty } from '../../vocabulary.js';
import { html, type SafeHtml } from '../html/safe-html.js';

function party(p: AttributionParty | null): SafeHtml {
  // One wrapping span: the cell is a grid in the card layout, and each child would take its own grid cell.
  if (!p) return html`<span class="anon">unattributed</span>`;
  // The words in the text help when they differ ("It" for KCNA); long restatements of the name do not.
  const shown =
    p.text && p.text !== p.name && p.text.length <= 24 && !p.name.includes(p.text)
      ? html` <span class="meta">(“${p.text}”)</span>`
      : '';
  if (p.anonymous)
    return html`<span><span class="anon" title="Anonymous source">${p.name} (anonymous)</span>${shown}</span>`;
  return html`<span>${p.name}${shown}</span>`;
}

/** The attribution table, or a note that the article has none. */
export function sourcesPanel(attributions: readonly Attribution[]): SafeHtml {
  return html`<section class="panel" aria-labelledby="sources-h">
    <h2 id="sources-h">Sources</h2>
    ${
      attributions.length
        ? html`<div class="sources">
            <table>
              <caption class="visually-hidden">
                Who said what, according to whom
              </caption>
              <thead>
                <tr>
                  <th scope="col">Speaker</th>
                  <th scope="col">Via</th>
                  <th scope="col">Cue</th>
                  <th scope="col">Claim</th>
                  <th scope="col">Quote</th>
                </tr>
              </thead>
              <tbody>
                ${attributions.map(
                  (a) =>
                    html`<tr>
                      <td data-label="Speaker">${party(a.speaker)}</td>
                      <td data-label="Via" class="${a.via.length ? '' : 'empty'}">
                        ${
                          a.via.length
                            ? html`<span>${a.via.map((v, i) => html`${i ? ' → ' : ''}${party(v)}`)}</span>`
                            : html`<span class="meta">—</span>`
                        }
                      </td>
                      <td data-label="Cue">${a.cue}</td>
                      <td data-label="Claim">${a.content}</td>
                      <td data-label="Quote" class="${a.quote ? '' : 'empty'}">
                        ${a.quote ? html`<q>${a.quote}</q>` : html`<span class="meta">—</span>`}
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p class="meta">No attributed statements found.</p>`
    }
  </section>`;
}
