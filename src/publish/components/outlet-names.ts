/** A story's outlets as a short line: up to `max` names, then "+k more" linking to where all of them are listed. */
import { html, type SafeHtml } from '../html/safe-html.js';

/** Distinct outlet names in first-seen order (a story's list may repeat one outlet per article). */
export function distinctOutlets(outlets: readonly string[]): string[] {
  return [...new Set(outlets)];
}

/** Names `max` outlets and says how many more there are, so the line never disagrees with the count beside it. */
export function outletNames(outlets: readonly string[], max: number, moreHref: string): SafeHtml {
  const names = distinctOutlets(outlets);
  const rest = names.length - max;
  if (rest <= 0) return html`${names.join(', ')}`;
  return html`${names.slice(0, max).join(', ')}
    <a href="${moreHref}">+${rest} more<span class="visually-hidden"> outlet${rest === 1 ? '' : 's'}</span></a>`;
}
