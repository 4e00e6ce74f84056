/**
 * A block quotation whose marks the page's layout took with it: 'Zuckerberg said at the trial.' then a paragraph
 * 'I've been building relationships … for years with the founders …' that no cue introduces. In a text whose own
 * voice never says "I" or "we" (outside quotations), an uncued paragraph in the first person right after a paragraph that reports a named
 * speaker is that speaker's words, and so is the next such paragraph, while the run lasts.
 *
 * Stages: split the paragraphs; find those in the first person (outside quotations) and those holding records; give up
 * when any first-person paragraph without a record stands outside a run (the author speaks so, and the rule cannot tell
 * the voices apart); then give each run's paragraphs the speaker of the record paragraph it follows.
 */
import type { Attribution, Span } from '../../vocabulary.js';
import { trimContent } from './draft.js';

/** A first-person word outside a quotation: the speaker's voice, not a news text's. "US" in capitals is a country. */
const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|[Mm]y|[Mm]e|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Oo]ur|us)\b/;
/** Quotations, set aside before looking for the first person (a quoted "I" is someone else's). */
const QUOTATION = /“[^“”]*”|"[^"\n]*"/g;
/** The end of a paragraph's first sentence. */
const SENTENCE_END = /[.!?](?=\s|$)/;
/** Fewest words of a block paragraph: a heading or a caption is shorter. */
const MIN_WORDS = 6;

interface Paragraph extends Span {
  firstPerson: boolean;
  /** The first sentence is in the first person. */
  opening: boolean;
  /** The last record with a named speaker inside the paragraph, if any; `spoken` when any record is. */
  last: Attribution | null;
  spoken: boolean;
}

/** Records for the uncued first-person paragraphs that go on from a named speaker's paragraph; none when unsure. */
export function unmarkedBlockQuotes(text: string, records: readonly Attribution[]): Attribution[] {
  const named = records.filter((r) => r.speaker && !r.speaker.anonymous);
  if (named.length === 0 || !FIRST_PERSON.test(text)) return [];
  const paragraphs = paragraphsOf(text, records);
  const out: Attribution[] = [];
  let owner: Attribution | null = null;
  for (const p of paragraphs) {
    const block = !p.spoken && p.firstPerson;
    // The text's own voice is in the first person: "Lladanosa told me", or such a paragraph no speaker's precedes.
    if ((p.firstPerson && !block) || (block && !owner)) return [];
    if (block && owner && p.opening) {
      const words = text.slice(p.start, p.end);
      const content = trimContent(text, p.start, p.end);
      if (content && words.split(/\s+/).length >= MIN_WORDS && /[.!?:]["”]?\s*$/.test(words))
        out.push({
          ...owner,
          id: '',
          content: text.slice(content.start, content.end),
          quote: null,
          span: p,
          contentSpan: content,
        });
      continue;
    }
    owner = p.last;
  }
  return out;
}

function paragraphsOf(text: string, records: readonly Attribution[]): Paragraph[] {
  const out: Paragraph[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const start = at;
    const end = at + line.length;
    at = end + 1;
    if (!line.trim()) continue;
    const inside = records.filter((r) => r.span.start < end && r.span.end > start);
    // A source ("according to the CDC") is no one whose words a block quotation could be.
    const last = inside.filter((r) => r.speaker && !r.speaker.anonymous && r.cue !== 'according to').pop() ?? null;
    // A paragraph that opens a quotation never closed in it is the open-quote stage's (open-quotes.ts).
    const own = line.replace(QUOTATION, ' ');
    const firstPerson = FIRST_PERSON.test(own) && !/^\s*["“]/.test(line);
    // A block's first sentence speaks in the first person already; a paragraph that only comes to it later is prose.
    const opening = FIRST_PERSON.test(own.slice(0, own.search(SENTENCE_END) + 1 || own.length));
    out.push({ start, end, firstPerson, opening, last, spoken: inside.length > 0 });
  }
  return out;
}
