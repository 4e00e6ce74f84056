/**
 * '“We will not sign this deal,” Brandt laughed.', '“It is over,” he went on.', '“Not again,” sighed Clara Osei.': a
 * quotation that opens its sentence and closes on a comma, a question or an exclamation inside its marks is followed
 * by its speech tag, whatever the verb: the comma says the sentence goes on with who spoke. So a name or "he"/"she"
 * and a verb in the past or the present right after it (or the verb, then the name) make a record when no cue of the
 * lexicon did ("laughed", "sighed", "mused" and "went on" are in no cue table: they have other senses outside a tag).
 * The tag ends the sentence or is followed by a comma (an addition, or the rest of a split quotation).
 */
import type { Sentence, Span } from '../../vocabulary.js';
import { trimContent } from './draft.js';
import type { Chained } from './via.js';

/**
 * A name of one to three capitalised words (with a title before it), a personal pronoun, or a user's handle as forums
 * print it, letters and digits ("user river1984", "@riverwatch").
 */
const SPEAKER = String.raw`(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}|he|she|(?:user\s+)?\p{L}[\p{L}_]*\d+[\p{L}\d_]*|@[\p{L}\d_]+`;
/** A verb of the tag: a past in -ed, a present in -s, an irregular past, or "went on"/"goes on". */
const VERB = String.raw`\p{Ll}{2,}ed|\p{Ll}{2,}[^s\W]s|went\s+on|goes\s+on|shot\s+back|wrote|spoke|began|broke\s+in`;
/** Where the words were written or said: "in a forum post", "on the site's message board", "in an email to me". */
const MEDIUM = String.raw`(?:\s+(?:in|on)\s+(?:a|an|the|his|her|their)\s+[\p{L}'’\s-]{0,40}?(?:post|comment|message|thread|tweet|email|review|board|forum))?`;
/** What may follow the tag (past the medium): the sentence's end, or a comma. */
const AFTER = String.raw`${MEDIUM}\s*(?:[.,!]|$)`;

const SPEAKER_VERB = new RegExp(String.raw`^\s*(${SPEAKER})\s+(${VERB})${AFTER}`, 'u');
const VERB_SPEAKER = new RegExp(String.raw`^\s*(${VERB})\s+(${SPEAKER})${AFTER}`, 'u');

/** Words that are capitalised after a quotation but name no one: "“…,” Then came …". */
const NOT_A_NAME = /^(?:The|This|That|Then|There|It|They|We|I|You|But|And|So|As|A|An)$/;

/** The draft of the speech tag after sentence `s`'s opening quotation, or null. */
export function quoteTag(text: string, s: Sentence, quotes: readonly Span[]): Chained | null {
  const q = quotes.find((r) => r.start === s.start);
  if (!q || !/[,!?]$/.test(text.slice(q.start, q.end - 1))) return null;
  const tail = text.slice(q.end, s.end);
  let speaker: { at: number; text: string };
  let verb: { at: number; text: string };
  const sv = SPEAKER_VERB.exec(tail);
  const vs = sv ? null : VERB_SPEAKER.exec(tail);
  if (sv) {
    speaker = { at: q.end + sv[0].indexOf(sv[1]!), text: sv[1]! };
    verb = { at: q.end + sv[0].indexOf(sv[2]!, sv[0].indexOf(sv[1]!) + sv[1]!.length), text: sv[2]! };
  } else if (vs && !/^(?:he|she)$/.test(vs[2]!)) {
    verb = { at: q.end + vs[0].indexOf(vs[1]!), text: vs[1]! };
    speaker = { at: q.end + vs[0].indexOf(vs[2]!, vs[1]!.length), text: vs[2]! };
  } else return null;
  if (NOT_A_NAME.test(speaker.text.split(/\s+/)[0]!)) return null;
  const tagEnd = Math.max(speaker.at + speaker.text.length, verb.at + verb.text.length);
  // '“…,” he went on, “and …”': the rest of a split quotation is the same words.
  const second = /^\s*,\s*["“]/.test(text.slice(tagEnd, s.end))
    ? quotes.find((r) => r.start > tagEnd && r.end <= s.end)
    : undefined;
  const content = second ? trimContent(text, q.start + 1, second.end - 1) : trimContent(text, q.start, q.end);
  if (!content) return null;
  const speakerSpan = { start: speaker.at, end: speaker.at + speaker.text.length };
  const cueSpan = { start: verb.at, end: verb.at + verb.text.length };
  return { cue: verb.text.replace(/\s+/g, ' '), cueSpan, speakerSpan, viaSpans: [], content };
}
