/**
 * Output formats of `dateline extract` / `dateline analyze`. `json` prints one record (one input), `jsonl`
 * streams a line per input; markdown, text and html render articles for reading, failures going to stderr.
 */
import type { BatchRecord } from '../batch/batch-record.js';
import { toHtml } from './to-html.js';
import { toMarkdown } from './to-markdown.js';
import { toText } from './to-text.js';

export const FORMATS = ['json', 'jsonl', 'markdown', 'text', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(s: string): s is Format {
  return (FORMATS as readonly string[]).includes(s);
}

/** Renders a record for stdout; null when the record goes to stderr only (failures in reading formats). */
export function render(record: BatchRecord, format: Format): string | null {
  switch (format) {
    case 'json':
      return JSON.stringify(record, null, 2) + '\n';
    case 'jsonl':
      return JSON.stringify(record) + '\n';
    default:
      if (!record.ok) return null;
      if (format === 'markdown') return toMarkdown(record.article, record.analysis);
      if (format === 'text') return toText(record.article, record.analysis);
      return toHtml(record.article, record.analysis);
  }
}

/**
 * Text or markdown for one of several inputs, headed by its source so that a reader (or a script splitting the
 * stream) can tell where each article starts and which input it came from: `==> source <==` as head(1) and
 * tail(1) print it, and in markdown an HTML comment, which renders as nothing.
 */
export function withSource(source: string, rendered: string, format: 'markdown' | 'text'): string {
  const name = source.replace(/[\r\n]+/g, ' ');
  return format === 'text'
    ? `==> ${name} <==\n\n${rendered}`
    : `<!-- source: ${name.replace(/--/g, '-\u200b-')} -->\n\n${rendered}`;
}
