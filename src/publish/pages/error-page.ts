/** The 404, 405 and 500 pages: say what happened and offer a way on, never a stack trace. */
import type { PublishConfig } from '../config.js';
import { html } from '../html/safe-html.js';
import { layout } from './layout.js';

/**
 * Renders an error page for the status. `missing` says what a 404 looked for (`an article with id "x"`), so a
 * reader who followed a link can tell a removed article from a mistyped address.
 */
export function errorPage(config: PublishConfig, status: 404 | 405 | 500, missing?: string): string {
  const body =
    status === 404
      ? html`<h1>Page not found</h1>
          <p>
            ${missing ? `There is no ${missing} on this desk.` : 'There is no page at this address.'} Try the
            <a href="/">front page</a> or <a href="/search">search</a>.
          </p>`
      : status === 405
        ? html`<h1>Method not allowed</h1>
            <p>This page can only be read (GET). Open it in a browser, or go to the <a href="/">front page</a>.</p>`
        : html`<h1>Something went wrong</h1>
            <p>
              The desk could not build this page. Please try again in a moment, or go to the <a href="/">front page</a>.
            </p>`;
  const title = status === 404 ? 'Not found' : status === 405 ? 'Method not allowed' : 'Error';
  return layout({ config, title, body });
}
