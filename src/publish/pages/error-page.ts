/** The 404 and 500 pages: say what happened and offer a way on, never a stack trace. */
import type { PublishConfig } from '../config.js';
import { html } from '../html/safe-html.js';
import { layout } from './layout.js';

/** Renders an error page for the status. */
export function errorPage(config: PublishConfig, status: 404 | 500): string {
  const body =
    status === 404
      ? html`<h1>Page not found</h1>
          <p>There is no page at this address. Try the <a href="/">front page</a> or <a href="/search">search</a>.</p>`
      : html`<h1>Something went wrong</h1>
          <p>
            The desk could not build this page. Please try again in a moment, or go to the <a href="/">front page</a>.
          </p>`;
  return layout({ config, title: status === 404 ? 'Not found' : 'Error', body });
}
