/**
 * 'Clara Osei, the mayor, was blunt. “We will not sign this deal.”', 'However, he defended the visit.¶“Well, they are
 * not ideal partners.”': news style names a person in a sentence of narrative, with no cue, and gives the quotation
 * that follows it to them. A sentence that is one quotation and has no record of its own takes as its speaker the
 * person who is the subject of the sentence right before it, when that sentence:
 *   - is a statement of narrative (ends on a full stop, no quotation, no cue that found a record);
 *   - opens with the person (a name the entities know as a person, or "he"/"she"), after at most one sentence adverb;
 *   - names no other person (outside an appositive of its subject);
 * and the quotation follows it in the same paragraph or opens the next one. The quotation has words enough to be
 * said (not a title or a slogan) and is not a question, which the writer may be asking.
 */
import type { Entity, Mention, Sentence, Span } from '../../vocabulary.js';
import { trimContent } from './draft.js';
import type { Chained } from './via.js';

/** Fewest words of the quotation. */
const MIN_QUOTED_WORDS = 4;
/** Most words of the narrative sentence. */
const MAX_NARRATIVE_WORDS = 40;
/** A sentence adverb that may open the narrative sentence before its subject: "However, he defended …". */
const OPENER = /^(?:(?:However|But|Still|Yet|And|Meanwhile|Instead|Later|Then|Now|Again),?\s+)/;
/** A pronoun standing for a person. */
const PERSON_PRONOUN = /^(?:He|She|he|she)\b/;

/**
 * The draft giving sentence `s` (one quotation) to the subject of the narrative sentence `before`, or null.
 * `quotes` are the text's quotation ranges; `entities` its entities.
 */
export function introducedSpeaker(
  text: string,
  before: Sentence,
  s: Sentence,
  quotes: readonly Span[],
  entities: readonly Entity[],
): Chained | null {
  if (!/^["“]/.test(s.text) || !adjacent(text, before, s)) return null;
  const q = quotes.find((r) => r.start === s.start);
  if (!q || !/^[\s.!]*$/.test(text.slice(q.end, s.end)) || /\?["”]?$/.test(text.slice(q.start, q.end))) return null;
  const words = text
    .slice(q.start + 1, q.end - 1)
    .trim()
    .split(/\s+/);
  if (words.length < MIN_QUOTED_WORDS || words.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return null;
  const line = before.text.trim();
  if (/["“”]/.test(line) || !/\.$/.test(line) || line.split(/\s+/).length > MAX_NARRATIVE_WORDS) return null;
  const at = before.start + (OPENER.exec(before.text)?.[0].length ?? 0);
  // Names of people, and names the tagger could not place ("Peter Brandt" read as other), in the sentence. One
  // loop over the mentions, pairing only those inside: pairing them all first cost an object per mention of the
  // text for each sentence asked about.
  const named: { e: Entity; m: Mention }[] = [];
  for (const e of entities) {
    if (e.kind !== 'person' && e.kind !== 'other') continue;
    for (const m of e.mentions) if (m.start >= before.start && m.end <= before.end) named.push({ e, m });
  }
  let speakerSpan: Span;
  let others = named;
  const pronoun = PERSON_PRONOUN.exec(text.slice(at, at + 4));
  if (pronoun) speakerSpan = { start: at, end: at + pronoun[0].length };
  else {
    const subject = named.find(({ e, m }) => m.start === at && e.kind === 'person');
    if (!subject) return null;
    speakerSpan = { start: subject.m.start, end: subject.m.end };
    // "Clara Osei, chair of the Council of Advisers in the Carter years, once summed up …": the appositive is hers.
    const apposition = appositionAfter(text, speakerSpan.end, before.end);
    others = named.filter(({ e, m }) => e !== subject.e && !(m.start >= apposition.start && m.end <= apposition.end));
  }
  if (others.length > 0) return null;
  const content = trimContent(text, s.start, s.end);
  if (!content) return null;
  const verb = /^[\s,]*(?:\p{Ll}+ly\s+|once\s+|also\s+)?(\p{Ll}+)/u.exec(text.slice(speakerSpan.end, before.end));
  const cue = verb?.[1] ?? '';
  const cueAt = verb ? speakerSpan.end + verb.index + verb[0].length - cue.length : speakerSpan.end;
  return { cue, cueSpan: { start: cueAt, end: cueAt + cue.length }, speakerSpan, viaSpans: [], content };
}

/** Most words of an appositive set off by commas after the subject. */
const MAX_APPOSITIVE_WORDS = 15;

/** The appositive set off by commas right after the subject (ending at `at`), or an empty span. */
function appositionAfter(text: string, at: number, end: number): Span {
  const m = /^,([^,]+),/.exec(text.slice(at, end));
  return m && m[1]!.trim().split(/\s+/).length <= MAX_APPOSITIVE_WORDS
    ? { start: at, end: at + m[0].length }
    : { start: at, end: at };
}

/** `s` follows `before` in its paragraph, or opens the paragraph right after the one `before` ends. */
function adjacent(text: string, before: Sentence, s: Sentence): boolean {
  return /^[ \t]*(?:\n[ \t]*){0,2}$/.test(text.slice(before.end, s.start));
}
