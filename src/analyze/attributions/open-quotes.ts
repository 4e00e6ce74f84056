/**
 * Quotations that run over paragraphs. News style leaves a paragraph's quotation open when the same speaker
 * goes on in the next paragraph, which reopens the quote; the cue usually comes only in the last paragraph:
 *   “First paragraph …            (no closing mark)
 *   “Second paragraph,” Smith said.
 * Every open paragraph of such a run belongs to the speaker of the paragraph that closes it, not to whoever
 * spoke before (which is what a sentence-by-sentence continuation would say). Cues inside an open paragraph
 * are inside the quotation, so its records are replaced.
 */
import type { Attribution, Span } from '../../vocabulary.js';
import { trimContent } from './draft.js';
import { isSpaceCode } from '../../extract/body/word-count.js';

/** `out` with the open-quote paragraphs given to the speaker who closes their run. */
export function ownOpenQuoteParagraphs(text: string, out: readonly Attribution[]): Attribution[] {
  const paragraphs = paragraphSpans(text);
  const sorted = [...out].sort((a, b) => a.contentSpan.start - b.contentSpan.start);
  // The attribution whose content opens each paragraph (its first quotation), found in one sweep.
  const opener: (Attribution | null)[] = [];
  let k = 0;
  for (const p of paragraphs) {
    while (k < sorted.length && sorted[k]!.contentSpan.start < p.start) k++;
    const a = sorted[k];
    opener.push(a?.speaker && a.contentSpan.start <= p.start + 2 && a.contentSpan.end <= p.end ? a : null);
  }
  // The open part of each paragraph (from its last unclosed mark), owned by the speaker closing the run.
  const owned = new Map<number, { open: Span; owner: Attribution }>();
  for (let i = paragraphs.length - 2; i >= 0; i--) {
    const p = paragraphs[i]!;
    const next = paragraphs[i + 1]!;
    // The next paragraph's first characters first: most do not open a quotation, and reading a paragraph's marks
    // walks every character of it (1% of the stage's profile when every paragraph was read).
    if (!opensQuote(text, next)) continue;
    const mark = openMark(text, p);
    if (mark < 0) continue;
    const owner = owned.get(i + 1)?.owner ?? opener[i + 1];
    if (owner) owned.set(i, { open: { start: mark, end: p.end }, owner });
  }
  if (owned.size === 0) return [...out];
  const opens = [...owned.values()].map((o) => o.open);
  const kept = out.filter((a) => !opens.some((o) => a.span.start >= o.start && a.span.end <= o.end));
  for (const { open, owner } of owned.values()) {
    const content = trimContent(text, open.start + 1, open.end);
    // 'Pompeo said the release “gives us hope …' already carries its open quote in its own content.
    if (
      !content ||
      kept.some((a) => a.speaker && a.contentSpan.start < content.end && a.contentSpan.end > content.start)
    )
      continue;
    const words = text.slice(content.start, content.end);
    kept.push({ ...owner, content: words, quote: words, span: open, contentSpan: content });
  }
  return kept;
}

/**
 * Non-empty lines of the text with their offsets: the runs between line breaks with a character that is not a space.
 * Read with indexOf and a character test, not matchAll and a test on each line's slice (1.2% of the stage's profile;
 * it runs twice a document).
 */
export function paragraphSpans(text: string): Span[] {
  const out: Span[] = [];
  for (let start = 0; start < text.length;) {
    const found = text.indexOf('\n', start);
    const end = found < 0 ? text.length : found;
    let k = start;
    while (k < end && isSpaceCode(text.charCodeAt(k))) k++;
    if (k < end) out.push({ start, end });
    start = end + 1;
  }
  return out;
}

function opensQuote(text: string, p: Span): boolean {
  return /^\s*["“]/.test(text.slice(p.start, Math.min(p.end, p.start + 8)));
}

/**
 * Offset of the mark that leaves the paragraph inside a quotation, or -1 (marks read as quote-ranges reads
 * them: “ opens, ” closes, " toggles).
 */
export function openMark(text: string, p: Span): number {
  let open = -1;
  for (let i = p.start; i < p.end; i++) {
    const c = text[i];
    if (c === '“') open = i;
    else if (c === '”') open = -1;
    else if (c === '"') open = open < 0 ? i : -1;
  }
  return open;
}
