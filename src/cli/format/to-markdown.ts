import type { Analysis, Article } from '../../vocabulary.js';
import { analysisSections } from './analysis-rows.js';

/** Escapes characters that would start Markdown syntax at the beginning of a line or inline. */
function md(s: string): string {
  return s.replace(/([\\`*_[\]<>])/g, '\\$1').replace(/^([#>+-]|\d+\.)(\s)/gm, '\\$1$2');
}

/** A table cell: pipes escaped, line breaks folded. */
const cell = (s: string): string =>
  md(s)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');

export function toMarkdown(a: Article, analysis?: Analysis): string {
  const lines: string[] = [];
  if (a.title) lines.push(`# ${md(a.title)}`, '');
  if (a.description) lines.push(`*${md(a.description)}*`, '');
  const meta: string[] = [];
  if (a.authors.length) meta.push(`By ${md(a.authors.join(', '))}`);
  if (a.siteName) meta.push(md(a.siteName));
  if (a.publishedAt) meta.push(a.publishedAt);
  if (a.dateline) meta.push(md(a.dateline.place));
  if (meta.length) lines.push(meta.join(' · '), '');
  if (a.leadImage?.url) lines.push(`![${md(a.leadImage.alt ?? a.leadImage.caption ?? '')}](${a.leadImage.url})`, '');
  const caption = [a.leadImage?.caption, a.leadImage?.credit && `(${a.leadImage.credit})`].filter(Boolean).join(' ');
  if (caption) lines.push(`*${md(caption)}*`, '');
  for (const p of a.body.paragraphs) lines.push(md(p), '');
  if (a.url) lines.push(`Source: <${a.url}>`, '');
  for (const s of analysis ? analysisSections(analysis, a.leadImage?.credit ?? null) : []) {
    lines.push(`## ${s.title}`, '', `| ${s.header.join(' | ')} |`, `|${s.header.map(() => ' --- |').join('')}`);
    for (const row of s.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
    lines.push('');
  }
  return lines.join('\n') + '\n';
}
