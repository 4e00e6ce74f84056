import type { Article } from '../../vocabulary.js';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]!);

/** A standalone page: metadata escaped here, body.html already passed the extractor's allow-list sanitizer. */
export function toHtml(a: Article): string {
  const lang = a.language ? ` lang="${esc(a.language)}"` : '';
  const byline = a.authors.length ? `<p class="byline">By ${esc(a.authors.join(', '))}</p>\n` : '';
  return `<!doctype html>
<html${lang}>
<head><meta charset="utf-8"><title>${esc(a.title ?? 'Untitled')}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'">
</head>
<body><article>
<h1>${esc(a.title ?? '')}</h1>
${byline}${a.body.html}
</article></body>
</html>
`;
}
