/** The desk's sources panel: who said what, according to whom, with anonymous speakers marked. */
import type { Attribution, AttributionParty } from '../../vocabulary.js';
import { html, type SafeHtml } from '../html/safe-html.js';

function party(p: AttributionParty | null): SafeHtml {
  if (!p) return html`<span class="anon">unattributed</span>`;
  const shown = p.text && p.text !== p.name ? html` <span class="meta">(“${p.text}”)</span>` : '';
  if (p.anonymous) return html`<span class="anon" title="Anonymous source">${p.name} (anonymous)</span>${shown}`;
  return html`${p.name}${shown}`;
}

/** The attribution table, or a note that the article has none. */
export function sourcesPanel(attributions: readonly Attribution[]): SafeHtml {
  return html`<section class="panel" aria-labelledby="sources-h">
    <h2 id="sources-h">Sources</h2>
    ${
      attributions.length
        ? html`<div class="matrix">
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
                      <td>${party(a.speaker)}</td>
                      <td>
                        ${a.via.length ? a.via.map((v, i) => html`${i ? ' → ' : ''}${party(v)}`) : html`<span class="meta">—</span>`}
                      </td>
                      <td>${a.cue}</td>
                      <td>${a.content}</td>
                      <td>${a.quote ? html`<q>${a.quote}</q>` : html`<span class="meta">—</span>`}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p class="meta">No attributed statements found.</p>`
    }
  </section>`;
}
