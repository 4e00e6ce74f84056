/**
 * Quotations printed with single marks, as British and Australian papers print them ("‘We will not sign,’ Mr Brandt
 * said."). The stages read double marks only (single marks double as apostrophes: "Kim’s", "’90s", "the workers’
 * union"), so each single-quoted passage sure to be a quotation has its two marks turned into double ones, one
 * character for one: every offset stays the same, and the records are read off the original text afterwards.
 *
 * Sure to be a quotation: an opening mark at a word's start (after a space, a bracket or a dash, or opening the
 * paragraph) and a closing mark of the same kind later in the paragraph, closed by punctuation inside it (‘…,’ ‘….’)
 * or followed by punctuation (‘dangerous consequences’.), with two words or more between. A closing mark between two
 * letters ("It’s") or before a space after a letter ("the workers’ union") is an apostrophe. Paragraphs that carry
 * double marks (their single marks are quotations inside quotations) and headlines are left alone.
 */
import { paragraphSpans } from './open-quotes.js';

/**
 * A paragraph of prose ends on a sentence's punctuation; a headline does not, and headlines single-quote whatever
 * they quote ("'We Got Her!' Video Shows Rescue", "'Meth. We're On It.': State spends $449K on ads").
 */
const PROSE_END = /[.!?…]['’"”)\]]*\s*$/;

/** Opening mark, its closing mark. */
const PAIRS: ReadonlyMap<string, string> = new Map([
  ['‘', '’'],
  ["'", "'"],
]);

/** The opening marks: another one before a closing mark means the first was an apostrophe. */
const OPENING: ReadonlySet<string> = new Set(PAIRS.keys());
/** What may stand right before an opening mark. */
const BEFORE_OPEN = /[\s([—–-]/;
/** Punctuation a quotation closes on, inside the marks. */
const CLOSING_PUNCTUATION = /[.,!?…]/;
/** Punctuation right after a closing mark. */
const AFTER_CLOSE = /[.,;:!?)\]—–]/;

/** `text` with each sure single-quoted quotation marked with double marks (same length, same offsets). */
export function doubledSingleQuotes(text: string): string {
  if (!/[‘']/.test(text)) return text;
  // One UTF-16 unit per entry: every mark is one, so the offsets hold. Split on the first change only: most texts
  // with a single mark have no single-quoted quotation.
  let out: string[] | null = null;
  const spans = paragraphSpans(text);
  for (const [k, p] of spans.entries()) {
    const para = text.slice(p.start, p.end);
    if (/["“”]/.test(para) || !PROSE_END.test(para)) continue;
    const quoted = singleQuoted(para);
    // ‘First paragraph …  then ‘Second paragraph,’ he said.: news style leaves the quotation open over paragraphs.
    const next = spans[k + 1] ? text.slice(spans[k + 1]!.start, spans[k + 1]!.end) : '';
    if (PAIRS.has(para[0]!) && quoted[0]?.start !== 0 && next[0] === para[0] && /[\p{L}\p{N}]/u.test(next[1] ?? '')) {
      out ??= text.split('');
      out[p.start] = '“';
    }
    for (const q of quoted) {
      out ??= text.split('');
      out[p.start + q.start] = '“';
      out[p.start + q.end - 1] = '”';
    }
  }
  return out ? out.join('') : text;
}

/** Any opening mark, to jump from one to the next. */
const ANY_OPENING = new RegExp(`[${[...OPENING].join('')}]`, 'g');

/** Offset of the first opening mark in `para` at or after `from`, or -1. */
function nextOpening(para: string, from: number): number {
  ANY_OPENING.lastIndex = from;
  return ANY_OPENING.exec(para)?.index ?? -1;
}

/** The single-quoted quotations of one paragraph, marks included. */
export function singleQuoted(para: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = nextOpening(para, 0); i >= 0; i = nextOpening(para, i + 1)) {
    const close = PAIRS.get(para[i]!);
    if (!close || (i > 0 && !BEFORE_OPEN.test(para[i - 1]!)) || !/[\p{L}\p{N}]/u.test(para[i + 1] ?? '')) continue;
    const end = closingMark(para, i + 1, close);
    if (end < 0) continue;
    if (!/\S\s+\S/.test(para.slice(i + 1, end))) continue;
    out.push({ start: i, end: end + 1 });
    i = end;
  }
  return out;
}

/** Offset of the mark that closes a quotation opened before `from`, or -1. */
function closingMark(para: string, from: number, mark: string): number {
  for (let j = from + 1; j < para.length; j++) {
    const before = para[j - 1]!;
    const after = para[j + 1];
    // Another opening ("rock 'n' roll is 'great fun,'"): the first mark was no quotation's.
    if (OPENING.has(para[j]!) && BEFORE_OPEN.test(before) && /[\p{L}\p{N}]/u.test(after ?? '')) return -1;
    if (para[j] !== mark) continue;
    if (after !== undefined && /[\p{L}\p{N}]/u.test(after)) continue; // "It’s", "rock ’n’ roll"
    if (CLOSING_PUNCTUATION.test(before) || after === undefined || AFTER_CLOSE.test(after)) return j;
  }
  return -1;
}
