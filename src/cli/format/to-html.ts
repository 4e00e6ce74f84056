import type { Analysis, Article } from '../../vocabulary.js';
import { analysisSections } from './analysis-rows.js';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]!);

/** A standalone page: metadata escaped here, body.html already passed the extractor's allow-list sanitizer. */
/** The analysis as escaped tables; every value comes from the page, so every value is escaped. */
function analysisHtml(analysis: Analysis | undefined, credit: string | null): string {
  return (analysis ? analysisSections(analysis, credit) : [])
    .map(
      (s) =>
        `<section><h2>${esc(s.title)}</h2>\n<table><thead><tr>${s.header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>\n<tbody>` +
        s.rows.map((r) => `<tr>${r.map((v) => `<td>${esc(v)}</td>`).join('')}</tr>`).join('\n') +
        `</tbody></table></section>\n`,
    )
    .join('');
}

export function toHtml(a: Article, analysis?: Analysis): string {
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
</article>
${analysisHtml(analysis, a.leadImage?.credit ?? null)}</body>
</html>
`;
}
