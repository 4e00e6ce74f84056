/** Kept blocks → body HTML (lists and quotes regrouped) and paragraph texts. */
import { escapeText } from '../sanitize/sanitize.js';
import type { Block } from './block.js';

export function renderHtml(blocks: readonly Block[]): string {
  const out: string[] = [];
  let list: Block['list'] = null;
  let quote: Block['quote'] = null;
  const closeList = (): void => {
    if (list) out.push(list.tagName === 'ol' ? '</ol>' : '</ul>');
    list = null;
  };
  for (const b of blocks) {
    if (b.quote !== quote) {
      closeList();
      if (quote) out.push('</blockquote>');
      quote = b.quote;
      if (quote) out.push('<blockquote>');
    }
    if (b.kind === 'li') {
      if (b.list !== list) {
        closeList();
        list = b.list;
        out.push(list?.tagName === 'ol' ? '<ol>' : '<ul>');
      }
      out.push(`<li>${b.html}</li>`);
      continue;
    }
    closeList();
    if (b.kind === 'h') {
      const level = Math.min(6, Math.max(2, b.level)); // h1 is the page's headline, not part of the body
      out.push(`<h${level}>${b.html}</h${level}>`);
    } else if (b.kind === 'pre') out.push(`<pre>${escapeText(b.text)}</pre>`);
    else if (b.kind === 'table' || b.kind === 'figure') out.push(b.html);
    else out.push(`<p>${b.html}</p>`);
  }
  closeList();
  if (quote) out.push('</blockquote>');
  return out.join('\n');
}

/** The paragraphs of body.text: every text block, figures left out (their captions are not body text). */
export function paragraphsOf(blocks: readonly Block[]): string[] {
  return blocks.filter((b) => b.kind !== 'figure').map((b) => b.text);
}
