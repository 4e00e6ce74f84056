/** The page shell: head metadata, masthead with a labelled search form, main landmark, footer. */
import type { PublishConfig } from '../config.js';
import { html, type SafeHtml } from '../html/safe-html.js';
import { paths } from '../urls.js';

export interface LayoutInput {
  config: PublishConfig;
  title: string;
  /** Extra head elements (Open Graph, JSON-LD, feed links). */
  head?: SafeHtml;
  body: SafeHtml;
  /** Current search text, to keep it in the masthead form. */
  query?: string;
}

/** Renders a complete HTML document. */
export function layout(input: LayoutInput): string {
  return layoutHtml(input).value;
}

/** The document as safe HTML, for a page sent as bytes (see `htmlBytes`). */
export function layoutHtml(input: LayoutInput): SafeHtml {
  const { config } = input;
  const title = input.title === config.siteName ? config.siteName : `${input.title} · ${config.siteName}`;
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <link rel="stylesheet" href="${paths.css()}" />
        <link rel="icon" href="${paths.favicon()}" type="image/svg+xml" />
        <script src="${paths.js()}" defer></script>
        ${input.head}
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="site">
          <a class="brand" href="/">${config.siteName}</a>
          <nav aria-label="Sections">
            <a href="/">Front page</a> · <a href="/search">Search</a> · <a href="/api/openapi.json">API</a>
          </nav>
          <form role="search" action="/search" method="get">
            <label class="visually-hidden" for="masthead-q">Search articles</label>
            <input
              id="masthead-q"
              type="search"
              name="q"
              value="${input.query ?? ''}"
              placeholder="Search, e.g. quoted:KCNA"
            />
            <button type="submit">Search</button>
          </form>
        </header>
        <main id="main" tabindex="-1">${input.body}</main>
        <footer>
          <p>
            ${config.siteName} — a self-hosted news desk. Articles belong to their publishers; follow the links to the
            originals.
          </p>
        </footer>
      </body>
    </html>`;
}
