/** Figures in the article: unit conversions and distances the desk checked, and the other figures it read. */
import { displayNormalized } from '../../analyze/quantities/quantities.js';
import type { Quantity } from '../../vocabulary.js';
import { html, type SafeHtml } from '../html/safe-html.js';

const VERDICT: Readonly<Record<string, { cls: string; label: string }>> = {
  true: { cls: 'tag-ok', label: 'consistent' },
  false: { cls: 'tag-conflict', label: 'inconsistent' },
};

/** The normalised value as a reader writes it: money with thousands separators ("62,000,000 EUR"). */
function shownValue(q: Quantity): string {
  if (q.kind === 'money')
    return `${q.normalized.value.toLocaleString('en', { maximumFractionDigits: 2 })} ${q.normalized.unit}`;
  return displayNormalized(q.normalized);
}

/**
 * Renders nothing when there are no quantities. A figure with nothing to check it against (no paired unit, no
 * distance between known places) is listed without a verdict: "not checked" beside it under "Figures checked"
 * read as a check that had failed to run.
 */
export function quantitiesPanel(quantities: readonly Quantity[]): SafeHtml {
  if (!quantities.length) return html``;
  const checked = quantities.some((q) => q.consistent !== null);
  return html`<section class="panel" aria-labelledby="quantities-h">
    <h2 id="quantities-h">${checked ? 'Figures checked' : 'Figures'}</h2>
    <ul>
      ${quantities.map((q) => {
        const v = VERDICT[String(q.consistent)];
        const same = shownValue(q).replace(/\s+/g, ' ') === q.text.replace(/\s+/g, ' ');
        return html`<li>
          “${q.text}”${same ? '' : ` = ${shownValue(q)}`}${
            v ? html` — <span class="${v.cls}">${v.label}</span>` : ''
          }${q.check ? html` <span class="meta">(${q.check})</span>` : ''}
        </li>`;
      })}
    </ul>
  </section>`;
}
