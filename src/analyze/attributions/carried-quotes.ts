/**
 * Quotations carried over a line break with no mark to reopen them. News style reopens a quotation at each new
 * paragraph ('“…' then '“…,” she said.', open-quotes.ts); pages whose line breaks fall inside a quotation (a <br>, a
 * flattened transcript) do not:
 *   After the match, the coach said, "We learned a lot today.
 *   It was an emotional day." Later, the captain said, "…"
 * The second line's first mark closes the quotation the first line left open, so its words up to that mark are the
 * same speaker's, and its later marks pair among themselves (read left to right from the line's start, the closing
 * mark would open a range that swallows "Later, the captain said,").
 */
import type { Span } from '../../vocabulary.js';
import { isSpaceCode } from '../../extract/body/word-count.js';
import { openMark } from './open-quotes.js';

/** Most characters trimContent strips off a content's end before the line's end: "today." or "today?!". */
const MAX_TRIMMED_END = 3;

/**
 * The closing mark of the line starting at `lineStart` when that line carries on the quotation `content` (a record's
 * content) opened on the line before it and left open there; -1 otherwise. Asked only at a line's start after a
 * record: the line before is read only when the record's content opens right after a mark on it.
 */
export function carriedClose(text: string, lineStart: number, content: Span): number {
  let k = lineStart - 1;
  while (k >= 0 && isSpaceCode(text.charCodeAt(k))) k--;
  // The content runs to the line's end (trimmed of its closing stop at most), so the quotation was left open there.
  if (k < 0 || content.end > k + 1 || k + 1 - content.end > MAX_TRIMMED_END) return -1;
  // The mark the content opens at (its first character, or the one before it) is still open at the line's end.
  const mark = isMark(text.charCodeAt(content.start))
    ? content.start
    : isMark(text.charCodeAt(content.start - 1))
      ? content.start - 1
      : -1;
  const lineBreak = mark < 0 ? -1 : text.indexOf('\n', mark);
  if (mark < 0 || (lineBreak >= 0 && lineBreak <= k) || openMark(text, { start: mark, end: k + 1 }) !== mark) return -1;
  const end = endOfLine(text, lineStart);
  let at = lineStart;
  while (at < end && !isMark(text.charCodeAt(at))) at++;
  return at < end && closingMark(text, at, end) && /\S/.test(text.slice(lineStart, at)) ? at : -1;
}

/** `quotes` with the ranges of the carried line at `lineStart` paired anew after its closing mark `close`. */
export function repairedQuotes(text: string, quotes: readonly Span[], lineStart: number, close: number): Span[] {
  const end = endOfLine(text, lineStart);
  return [...quotes.filter((q) => q.start < lineStart || q.start >= end), ...pairedMarks(text, close + 1, end)].sort(
    (a, b) => a.start - b.start,
  );
}

function isMark(c: number): boolean {
  return c === 0x22 || c === 0x201c || c === 0x201d;
}

/** A mark that closes: "”", or '"' after an end mark and before a space or the line's end. */
function closingMark(text: string, at: number, lineEnd: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 0x201d) return true;
  if (c !== 0x22 || !/[.!?,]/.test(text[at - 1] ?? '')) return false;
  return at + 1 >= lineEnd || isSpaceCode(text.charCodeAt(at + 1));
}

function endOfLine(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/** Quotation ranges of [from, to) as quoteRanges pairs them: “ opens, ” closes, " toggles. */
function pairedMarks(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '“') open = i;
    else if (c === '”' || (c === '"' && open >= 0)) {
      if (open >= 0) out.push({ start: open, end: i + 1 });
      open = -1;
    } else if (c === '"') open = i;
  }
  return out;
}
