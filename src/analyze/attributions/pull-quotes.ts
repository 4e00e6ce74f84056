/**
 * Words printed with their speaker's name outside any sentence: a pull quote credited after them, and a transcript's
 * line labelled before them (labelledWords).
 *
 * A pull quote credited to a name with no dash, as a quote box is printed once the page's layout is gone ('"We will
 * not sign this deal." Peter Brandt', 'We will not sign this deal, not now. Peter Brandt'): a paragraph of words
 * that ends on a sentence's end, then the name of a person on the same line and nothing after it. With the marks,
 * a name of two to four capitalised words; without them, the name must be one the entities know as a person's, and
 * the words four or more, since a paragraph ending in a bare name is otherwise a byline or a caption's credit.
 */
import type { Entity, Span } from '../../vocabulary.js';
import { wordInfo } from '../entities/wordinfo.js';
import { trimContent } from './draft.js';
import type { Chained } from './via.js';

/** A paragraph that is one quotation, then a name of two to four capitalised words, then the line's end. */
const QUOTED_CREDIT = /^["“]([^"“”\n]+)["”][ \t]+(\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){1,3})[ \t]*(?:\n|$)/u;
/** A paragraph of words that ends on a sentence's end, then a name of two or three capitalised words, then the line's end. */
const BARE_CREDIT = /^([^\n"“”]*[.!?])[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2})[ \t]*(?:\n|$)/u;
/** Fewest words of an unmarked pull quote. */
const MIN_BARE_WORDS = 4;

/**
 * What BARE_CREDIT needs of the paragraph's first line, checked first because it is cheap and most paragraphs fail it
 * (the regex backtracks through the whole line): no quotation mark, and a name's letter last before any spaces.
 */
function bareCreditLine(line: string): boolean {
  const eol = line.indexOf('\n');
  const first = eol < 0 ? line : line.slice(0, eol);
  let end = first.length;
  while (end > 0 && (first[end - 1] === ' ' || first[end - 1] === '\t')) end--;
  const low = first.charCodeAt(end - 1);
  const pair = end >= 2 && low >= 0xdc00 && low <= 0xdfff && (first.charCodeAt(end - 2) & 0xfc00) === 0xd800;
  return NAME_END.test(first.slice(pair ? end - 2 : Math.max(0, end - 1), end)) && !/["“”]/.test(first);
}

const NAME_END = /^[\p{L}'’-]$/u;

/** The credited pull quote whose paragraph opens at `at`, as a chained draft, or null. */
export function creditedPullQuote(text: string, at: number, entities: readonly Entity[]): Chained | null {
  const line = text.slice(at, at + 2000);
  const quoted = QUOTED_CREDIT.exec(line);
  if (quoted)
    return draft(
      text,
      at + 1,
      at + 1 + quoted[1]!.length,
      at + quoted[0].indexOf(quoted[2]!, 1 + quoted[1]!.length + 1),
      quoted[2]!,
    );
  const bare = bareCreditLine(line) ? BARE_CREDIT.exec(line) : null;
  if (!bare || bare[1]!.trim().split(/\s+/).length < MIN_BARE_WORDS) return null;
  const name = at + bare[1]!.length + bare[0].slice(bare[1]!.length).indexOf(bare[2]!);
  const end = name + bare[2]!.length;
  const person = entities.some((e) => e.kind === 'person' && e.mentions.some((m) => m.start === name && m.end === end));
  return person ? draft(text, at, at + bare[1]!.length, name, bare[2]!) : null;
}

/**
 * A paragraph that opens with a name and a colon: "Peter Brandt: …", "Brandt: …"; the name may be in bold as markdown
 * prints it ("**Brandt:**") and follow a timestamp, as a podcast's transcript prints it ("[00:01:12] BRANDT: …").
 */
const LABEL =
  /^(?:[[(]\d{1,2}(?::\d{2}){1,2}[\])][ \t]*)?(?:\*\*)?(\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3})(?::\*\*|\*\*:|:)[ \t]+(?=\S)/u;

/**
 * 'Peter Brandt: “We will not sign this deal.”', 'Brandt: We will not sign it, not now.': a transcript's line, the
 * speaker's name as its label, then their words to the paragraph's end. Only a name the entities know as a person's
 * ("Photo: …", "Note: …", "Thunder: …" are labels of other things), or one standing for a person named before, and
 * words of a sentence ending on a sentence's end: four or more, or any under a label in capitals ("HARTMANN: At least
 * four."), which only a transcript prints.
 */
export function labelledWords(text: string, at: number, entities: readonly Entity[]): Chained | null {
  const line = text.slice(at, at + 3000);
  const m = LABEL.exec(line);
  if (!m) return null;
  const label = m[1]!;
  const start = at + m[0].indexOf(label);
  const end = start + label.length;
  const named = entities.some((e) => e.kind === 'person' && e.mentions.some((x) => x.start === start && x.end === end));
  const standsFor = named ? null : labelledPerson(label, start, entities);
  const capitals = !/\p{Ll}/u.test(label);
  if (!named && !standsFor && !(capitals && fullNameInCapitals(text, label))) return null;
  const eol = line.indexOf('\n');
  const words = line.slice(m[0].length, eol < 0 ? line.length : eol).trimEnd();
  // A short line is a transcript's only when its label is in capitals or labels another line too ("Rourke: Sleep.").
  const short = words.split(/\s+/).length < MIN_BARE_WORDS;
  if ((short && !capitals && !labelsAgain(text, at, m[0])) || !/[.!?]["”]?$/.test(words)) return null;
  const content =
    trimContent(text, at + m[0].length, at + m[0].length + words.length) ?? oneWord(text, at + m[0].length, words);
  if (!content) return null;
  const found: Chained = {
    cue: '-',
    cueSpan: { start, end: start },
    speakerSpan: { start, end },
    viaSpans: [],
    content,
  };
  return standsFor ? { ...found, labelFor: { id: standsFor.id, name: standsFor.name } } : found;
}

/** The same label opens another line of the text ("Rourke: Better than …" before "Rourke: Sleep."). */
function labelsAgain(text: string, at: number, label: string): boolean {
  for (let i = text.indexOf(`\n${label}`); i >= 0; i = text.indexOf(`\n${label}`, i + 1)) if (i + 1 !== at) return true;
  return text.startsWith(label) && at !== 0;
}

/** A one-word line ("Sleep.", "Never."), which trimContent, wanting two words, refuses. */
function oneWord(text: string, from: number, words: string): Span | null {
  const w = /^["“]?([\p{L}\p{N}'’-]+)/u.exec(words);
  if (!w) return null;
  const start = from + w[0].length - w[1]!.length;
  return { start, end: start + w[1]!.length };
}

/** Initials of two or three capitals, "SM" or "S.M.", as a transcript's label. */
const INITIALS = /^(?:\p{Lu}\.?){2,3}$/u;

/**
 * The one person named before `at` whom a transcript's label stands for, or null: "SM" or "S.M." by the initials of
 * their name's words (a transcript may label its speakers by their initials once it has named them), "HARTMANN" or
 * "Hartmann" by their name's last words in any case ("Lena Hartmann").
 */
function labelledPerson(label: string, at: number, entities: readonly Entity[]): Entity | null {
  const initials = INITIALS.test(label) ? label.replace(/\./g, '') : null;
  const words = label.toLowerCase();
  // A label only ever names a speaker: a name the tagger gave no kind ("Priyanka Desai") is a person's here.
  const fits = entities.filter(
    (e) =>
      (e.kind === 'person' || e.kind === 'other') &&
      e.mentions.some((m) => m.end <= at) &&
      (initials
        ? e.name
            .split(/\s+/)
            .map((w) => w[0])
            .join('') === initials
        : e.name.toLowerCase() === words || e.name.toLowerCase().endsWith(` ${words}`)),
  );
  return fits.length === 1 ? fits[0]! : null;
}

/**
 * "TOM REED", "JUNE HOLLOWAY": two or three words in capitals, the first a given name the lexicon knows, or the text
 * printing the same words capitalised elsewhere ("Today I’m talking with June Holloway"); the tagger, reading
 * capitals, may find only part of such a name.
 */
function fullNameInCapitals(text: string, label: string): boolean {
  const words = label.split(/[ \t]+/);
  if (words.length < 2 || words.length > 3) return false;
  if (wordInfo(words[0]!.toLowerCase()).firstName) return true;
  return text.includes(words.map((w) => w[0] + w.slice(1).toLowerCase()).join(' '));
}

function draft(text: string, start: number, end: number, name: number, words: string): Chained | null {
  const content = trimContent(text, start, end);
  if (!content) return null;
  const speakerSpan = { start: name, end: name + words.length };
  return { cue: '-', cueSpan: { start: name, end: name }, speakerSpan, viaSpans: [], content };
}
