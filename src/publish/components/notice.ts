/** A sentence above a list that says why it is not what the reader asked for: a bad filter, a page past the end. */
import { html, type SafeHtml } from '../html/safe-html.js';

/** A problem with what the reader asked (announced at once); `action` offers the way on; `id` lets a field cite it. */
export function problemNotice(message: string, action?: SafeHtml, id?: string): SafeHtml {
  return html`<p class="notice problem" role="alert" ${id ? html`id="${id}"` : ''}>
    ${message}${action ? html` ${action}` : ''}
  </p>`;
}

/** A plain statement about the list (an empty filter, the end of the pages), read in turn. */
export function infoNotice(message: SafeHtml | string): SafeHtml {
  return html`<p class="notice" role="status">${message}</p>`;
}
