/** `<link rel="alternate">` elements and visible links for a page's RSS, Atom and JSON feeds. */
import { html, type SafeHtml } from '../html/safe-html.js';

const FORMATS = [
  { format: 'rss', type: 'application/rss+xml', label: 'RSS' },
  { format: 'atom', type: 'application/atom+xml', label: 'Atom' },
  { format: 'json', type: 'application/feed+json', label: 'JSON Feed' },
] as const;

/** `base` is the feed path without the format, e.g. "/outlet/Reuters/feed"; `query` is kept on each link. */
export function feedHead(base: string, title: string, query = ''): SafeHtml {
  return html`${FORMATS.map(
    (f) =>
      html`<link
        rel="alternate"
        type="${f.type}"
        title="${`${title} (${f.label})`}"
        href="${`${base}/${f.format}${query}`}"
      />`,
  )}`;
}

export function feedLinks(base: string, query = ''): SafeHtml {
  return html`<p class="feeds meta">
    Follow: ${FORMATS.map((f, i) => html`${i ? ' · ' : ''}<a href="${`${base}/${f.format}${query}`}">${f.label}</a>`)}
  </p>`;
}
