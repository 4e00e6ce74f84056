/** Quantities the desk checked: unit conversions and distances against the gazetteer. */
import { displayNormalized } from '../../analyze/quantities/quantities.js';
import type { Quantity } from '../../vocabulary.js';
import { html, type SafeHtml } from '../html/safe-html.js';

const VERDICT: Readonly<Record<string, { cls: string; label: string }>> = {
  true: { cls: 'tag-ok', label: 'consistent' },
  false: { cls: 'tag-conflict', label: 'inconsistent' },
  null: { cls: 'meta', label: 'not checked' },
};

/** Renders nothing when there are no quantities. */
export function quantitiesPanel(quantities: readonly Quantity[]): SafeHtml {
  if (!quantities.length) return html``;
  return html`<section class="panel" aria-labelledby="quantities-h">
    <h2 id="quantities-h">Figures checked</h2>
    <ul>
      ${quantities.map((q) => {
        const v = VERDICT[String(q.consistent)] ?? VERDICT.null!;
        return html`<li>
          “${q.text}” = ${displayNormalized(q.normalized)} —
          <span class="${v.cls}">${v.label}</span>${q.check ? html` <span class="meta">(${q.check})</span>` : ''}
        </li>`;
      })}
    </ul>
  </section>`;
}
