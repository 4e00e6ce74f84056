/** The claims matrix of a story: each claim against each outlet, marked corroborated, single-sourced or conflicting. */
import type { Claim } from '../../vocabulary.js';
import { html, type SafeHtml } from '../html/safe-html.js';

export type ClaimStatus = 'corroborated' | 'single-sourced' | 'conflicting';

/** Conflict outranks corroboration: a disputed claim is shown as disputed even when several outlets carry it. */
export function claimStatus(claim: Claim): ClaimStatus {
  if (claim.conflictsWith.length) return 'conflicting';
  return claim.corroborated ? 'corroborated' : 'single-sourced';
}

const STATUS_CLASS: Readonly<Record<ClaimStatus, string>> = {
  corroborated: 'tag-ok',
  'single-sourced': 'tag-single',
  conflicting: 'tag-conflict',
};

/** Renders the matrix, or a note when clustering found no claims. */
export function claimsMatrix(claims: readonly Claim[], outlets: readonly string[]): SafeHtml {
  if (!claims.length) return html`<p class="meta">No claims extracted for this story yet.</p>`;
  return html`<div class="matrix" tabindex="0" role="region" aria-label="Claims by outlet">
    <table>
      <caption class="visually-hidden">
        Claims by outlet
      </caption>
      <thead>
        <tr>
          <th scope="col">Claim</th>
          <th scope="col">Status</th>
          ${outlets.map((o) => html`<th scope="col">${o}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${claims.map((c) => {
          const status = claimStatus(c);
          return html`<tr>
            <th scope="row"><strong>${c.speaker}</strong>: ${c.content}</th>
            <td class="${STATUS_CLASS[status]}">${status}</td>
            ${outlets.map((o) => (c.outlets.includes(o) ? html`<td><span aria-hidden="true">●</span><span class="visually-hidden">carried</span></td>` : html`<td><span class="visually-hidden">not carried</span></td>`))}
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
