/**
 * Quotation ranges in one paragraph: straight and curly double quotes paired left to right. A quote that
 * never closes in its paragraph yields no range (news style reopens quotes in the next paragraph).
 * Single quotes are left alone: they double as apostrophes ("Kim's", "’90s").
 */
import type { Span } from '../../vocabulary.js';

/** Spans of quoted passages (including the quote marks), in text order. */
export function quoteRanges(text: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“') open = i;
    else if (c === '”') {
      if (open >= 0) out.push({ start: open, end: i + 1 });
      open = -1;
    } else if (c === '"') {
      // Either mark closes: pages mix curly openers with straight closers.
      if (open >= 0) {
        out.push({ start: open, end: i + 1 });
        open = -1;
      } else if (open < 0) open = i;
    } else if (c === '\n' && open >= 0) open = -1;
  }
  return out;
}
