/**
 * Speaker noun phrases around a cue, found by scanning words outward until a clause boundary or a word that
 * cannot belong to a name or description. Hand-written: a tagger (compromise) costs milliseconds per article
 * and its chunks do not keep offsets into the text.
 */
import type { Span } from '../../vocabulary.js';
import { DOCUMENT_NOUNS, ISSUED } from './party-kinds.js';
import {
  endsClause,
  INSIDE_NOUN_PHRASE,
  lyAdverb,
  NOT_IN_NOUN_PHRASE,
  opensClause,
  PRONOUNS,
  type Word,
} from './words.js';

/** Longest speaker phrase: "Dr. Joneigh Khaldun of the Michigan Department of Health and Human Services". */
const MAX_WORDS = 14;

/** Participles and -ing words that work as adjectives in speaker phrases ("unnamed officials", "ruling party"). */
const ADJECTIVAL: ReadonlySet<string> = new Set([
  'unnamed',
  'surveyed',
  'polled',
  'questioned',
  'interviewed',
  'unidentified',
  'armed',
  'united',
  'retired',
  'elected',
  'concerned',
  'alleged',
  'detained',
  'ruling',
  'governing',
  'leading',
  'opposing',
  'incoming',
  'outgoing',
  'visiting',
  'acting',
  'reigning',
  'striking',
  'senior',
  'informed',
  'trusted',
  'named',
  'based',
  'listed',
  'licensed',
  'independent',
]);

/** A company's legal suffix, printed after a comma: "Brightloom, Inc.", "Harrow Foods, Ltd.". */
const CORPORATE_SUFFIX = /^(?:Inc|Ltd|LLC|Corp|Co|plc|PLC|GmbH|AG|SA|NV|LLP)\.?$/;

/** People named by what they know, whose field follows "on": "experts on jail suicide". */
const FIELD_HEAD =
  /^(?:[Ee]xperts?|[Ss]pecialists?|[Aa]uthorit(?:y|ies)|[Aa]nalysts?|[Ss]cholars?|[Cc]ommentators?|[Aa]dvis[eo]rs?)$/;

/** Nouns of people or bodies that end in -ing, which would otherwise read as a participle that ends the phrase. */
const SPEAKERS_IN_ING: ReadonlySet<string> = new Set(['king', 'wing', 'sibling', 'underling']);

/** Quantities before "of them/us": "Many of them said …", "Some of us believe …". */
const PARTITIVE = /^(?:many|some|most|several|both|all|few|half|dozens|hundreds|thousands|each|one|two|three)$/i;

/** Roles named with whom they serve after "to": "an aide to the governor", "a spokesman to the family". */
const ROLE_TO =
  /^(?:aides?|advis[eo]rs?|counsel|counselors?|spokesman|spokeswoman|spokesperson|ambassadors?|envoys?|lawyers?|attorneys?|assistants?|deputy|consultants?|successors?)$/i;

/** How a poll's people were asked: "those surveyed". */
const POLLED = /^(?:surveyed|polled|questioned|interviewed)$/i;

function fits(w: Word): boolean {
  const b = w.bare;
  if (!b) return false;
  const lw = b.toLowerCase();
  if (INSIDE_NOUN_PHRASE.has(lw) || PRONOUNS.has(lw) || /^\p{Lu}{2,}$/u.test(b)) return true;
  if (NOT_IN_NOUN_PHRASE.has(lw)) return false;
  if (/^[\p{Lu}\p{N}]/u.test(b)) return true;
  if (ADJECTIVAL.has(lw) || lw.includes('-')) return true;
  // A document's noun in -ing ("a regulatory filing", "a briefing") is a noun, not a participle; so are the few
  // speakers in -ing ("the king said", "the party's youth wing said").
  if (DOCUMENT_NOUNS.has(lw) || SPEAKERS_IN_ING.has(lw)) return true;
  // Lower-case verbs and adverbs end the phrase; nouns and adjectives do not.
  return !/(?:ed|ing)$/.test(lw) && !lyAdverb(lw);
}

/** Trims function words a phrase cannot start or end with ("and officials" → "officials"). */
function trim(words: Word[], first: number, last: number): { first: number; last: number } | null {
  const edge = new Set(['and', 'of', 'for', 'from', 'in', '&']);
  while (first <= last && edge.has(words[first]!.bare.toLowerCase())) first++;
  while (last >= first && (edge.has(words[last]!.bare.toLowerCase()) || /^(the|a|an)$/i.test(words[last]!.bare)))
    last--;
  return first <= last ? { first, last } : null;
}

/** The span of words[first..last] without the punctuation at its edges. */
export function phraseSpan(words: Word[], first: number, last: number): Span {
  const a = words[first]!;
  const b = words[last]!;
  const lead = a.raw.indexOf(a.bare[0] ?? '');
  const closer = /^\(.*\)/.test(b.raw) ? b.raw.indexOf(')') + 1 : 0;
  // A share keeps its sign: "49%".
  const tail = closer || b.raw.lastIndexOf(b.bare[b.bare.length - 1] ?? '') + 1 + (/^\p{N}+%/u.test(b.raw) ? 1 : 0);
  return { start: a.start + Math.max(0, lead), end: b.start + (tail > 0 ? tail : b.raw.length) };
}

/** The noun phrase that ends with words[last], scanning left. */
export function phraseEndingAt(words: Word[], last: number): { first: number; last: number } | null {
  // "Two people close to him said …", "sources familiar with her thinking": the people near someone a pronoun names.
  if (
    last >= 3 &&
    /^(?:him|her|them)$/i.test(words[last]!.raw) &&
    /^(?:to|with)$/i.test(words[last - 1]!.raw) &&
    /^(?:close|familiar|near)$/i.test(words[last - 2]!.raw) &&
    !endsClause(words[last - 3]!)
  ) {
    const head = phraseEndingAt(words, last - 3);
    return head && !PRONOUNS.has(words[head.last]!.bare.toLowerCase()) ? { first: head.first, last } : null;
  }
  // A pronoun takes no modifiers: "In a post at the time she described …" is spoken by "she". An object pronoun
  // speaks only as the people a quantity counts: "Many of them said …", "Some of us believe …".
  if (/^(?:them|us)$/i.test(words[last]!.raw))
    return last >= 2 &&
      /^of$/i.test(words[last - 1]!.raw) &&
      PARTITIVE.test(words[last - 2]!.raw) &&
      (last === 2 || endsClause(words[last - 3]!) || /^(?:and|but)$/i.test(words[last - 3]!.bare))
      ? { first: last - 2, last }
      : null;
  if (PRONOUNS.has(words[last]!.bare.toLowerCase())) return { first: last, last };
  let i = last;
  while (i >= 0 && last - i < MAX_WORDS) {
    const w = words[i]!;
    // "Brightloom, Inc. announced": a company's suffix after a comma is part of its name.
    const suffixed = i < last && w.raw.endsWith(',') && i + 1 === last && CORPORATE_SUFFIX.test(words[last]!.raw);
    if (i < last && endsClause(w) && !suffixed) break;
    // "the true extent of the outbreak—and Beijing officials acknowledged": a dash printed without spaces inside a
    // word before the head breaks the clause as a spaced one does.
    if (i < last && INNER_DASH.test(w.raw)) break;
    // "a March 2019 study by the Centre …": a document by its author is one phrase.
    const byAuthor = w.bare === 'by' && i < last && DOCUMENT_NOUNS.has(words[i - 1]?.bare.toLowerCase() ?? '');
    // "a poll released Tuesday", "research conducted in mice": a document and how it came out is one phrase.
    const issued =
      i < last && ISSUED.has(w.bare.toLowerCase()) && DOCUMENT_NOUNS.has(words[i - 1]?.bare.toLowerCase() ?? '');
    // "a memo circulated to staff", "a letter sent to parents": whom a document went to is inside its phrase, not the
    // speaker.
    const sentTo =
      w.bare === 'to' &&
      i < last &&
      i > 1 &&
      ISSUED.has(words[i - 1]!.bare.toLowerCase()) &&
      DOCUMENT_NOUNS.has(words[i - 2]!.bare.toLowerCase());
    // "experts on jail suicide", "a specialist on Russia": people by their field of knowledge.
    const field = w.bare === 'on' && i < last && FIELD_HEAD.test(words[i - 1]?.bare ?? '');
    // "those surveyed", "most of those polled": the people a poll asked.
    const polled = /^those$/i.test(w.bare) && i < last && POLLED.test(words[i + 1]!.bare);
    // "an aide to the governor", "an adviser to the president": a role and whom it serves is one phrase.
    const serves = w.bare === 'to' && i < last && ROLE_TO.test(words[i - 1]?.bare ?? '');
    // "the purchasing community", "the elected officials": after a determiner, an -ing or -ed word modifies the noun.
    const modifier = i < last && i > 0 && /^\p{Ll}+(?:ed|ing)$/u.test(w.bare) && DETERMINER.test(words[i - 1]!.bare);
    // "people familiar with the administration's thinking", "briefed on the planning": an -ing head after a
    // determiner or a possessive is a noun (what its people know of), not a participle.
    const gerund =
      i === last &&
      i > 0 &&
      /^\p{Ll}+ing$/u.test(w.bare) &&
      (DETERMINER.test(words[i - 1]!.bare) || POSSESSIVE.test(words[i - 1]!.raw));
    if (!fits(w) && !byAuthor && !issued && !sentTo && !field && !polled && !serves && !modifier && !gerund) break;
    if (opensClause(w)) {
      i--;
      break;
    }
    // "This year the city expects …", "Last week a judge ruled …", "In 2019 the court found …": a time phrase put
    // first with no comma ends where the subject's article starts it.
    if (i > 0 && i < last && /^(?:the|a|an)$/.test(w.raw) && TIME_BEFORE_SUBJECT.test(words[i - 1]!.bare)) {
      i--;
      break;
    }
    i--;
  }
  if (last - i >= MAX_WORDS) return null;
  const np = trim(words, i + 1, last);
  if (np && existential(words, np.first)) {
    // "There are critics who say …", "There's a man who says …": a relative clause's verb has the phrase as subject.
    if (!/^(?:who|that|which)$/i.test(words[last + 1]?.bare ?? '')) return null;
    if (/^there['’]s$/i.test(words[np.first]!.bare)) return np.first < last ? { first: np.first + 1, last } : null;
  }
  return np && np.first === np.last ? withApproximator(words, np) : np;
}

/**
 * "there's a figure of speech called understatement", "there is a town called Hope": a phrase that opens with or
 * follows an existential "there is" is what exists, not the subject of the verb after it.
 */
function existential(words: Word[], first: number): boolean {
  const at = (k: number): string => words[k]?.bare.toLowerCase() ?? '';
  if (/^there['’]s$/.test(at(first)) || /^there['’]s$/.test(at(first - 1))) return true;
  return at(first - 2) === 'there' && /^(?:is|are|was|were)$/.test(at(first - 1)) && !endsClause(words[first - 2]!);
}

/** Pronouns of everyone or almost everyone: "everyone", "everybody", "all". */
const EVERYONE = /^(?:everyone|everybody|all)$/i;

/**
 * "just about everyone has urged me to comment", "nearly everybody agreed": an approximator before "everyone" belongs
 * to the phrase (read alone, "about everyone" is a preposition's object).
 */
function withApproximator(words: Word[], np: { first: number; last: number }): { first: number; last: number } {
  if (!EVERYONE.test(words[np.first]!.bare)) return np;
  const before = (k: number) => (np.first - k >= 0 ? words[np.first - k]! : null);
  const one = before(1);
  const two = before(2);
  if (two && one && !endsClause(two) && /^just$/i.test(two.bare) && /^about$/i.test(one.bare))
    return { first: np.first - 2, last: np.last };
  if (one && /^(?:nearly|almost|virtually|practically)$/i.test(one.bare)) return { first: np.first - 1, last: np.last };
  return np;
}

/** Words a time phrase put first may start with before its last word: "on Monday", "last week", "in early 2019". */
const TIME_LEAD = /^(?:on|in|last|this|next|early|late|that|earlier|later)$/i;

/**
 * "On Monday Ana Ruiz, a spokeswoman, said …", "In 2019 Ana Ruiz, …": when a time phrase put first with no comma
 * runs into a capitalised subject, the subject starts after the time phrase. The subject part of `np`, or null when
 * `np` does not open its clause with such a time phrase.
 */
export function subjectAfterOpeningTime(
  words: Word[],
  np: { first: number; last: number },
): { first: number; last: number } | null {
  for (let t = Math.max(0, np.first - 1); t < np.last && t <= np.first + 2; t++) {
    const w = words[t]!;
    if (endsClause(w) || !TIME_BEFORE_SUBJECT.test(w.bare) || !/^\p{Lu}/u.test(words[t + 1]!.bare)) continue;
    let s = t;
    while (s > 0 && t - s < 3 && !endsClause(words[s - 1]!) && TIME_LEAD.test(words[s - 1]!.bare)) s--;
    if (s === t || (s > 0 && !endsClause(words[s - 1]!))) continue;
    return { first: t + 1, last: np.last };
  }
  return null;
}

/** The last word of a time phrase that may open a sentence before its subject: "this year", "on Monday", "in 2019". */
const TIME_BEFORE_SUBJECT =
  /^(?:years?|weeks?|months?|days?|decades?|night|morning|afternoon|evening|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|(?:1[89]|20)\d\d)$/;

/** A dash between two words printed without spaces: "outbreak—and", "beginning–perhaps". */
const INNER_DASH = /\p{L}[—–]\p{L}/u;

/** A possessive before a noun: "the company's", "Ruiz’s". */
const POSSESSIVE = /\p{L}['’]s$/u;

/** Determiners before a modifying participle: "the ruling party", "their governing coalition". */
const DETERMINER = /^(?:the|The|a|A|an|An|its|their|his|her|our|this|these|those)$/;

/** The noun phrase that starts at words[first], scanning right. */
export function phraseStartingAt(words: Word[], first: number): { first: number; last: number } | null {
  let i = first;
  let last = -1;
  while (i < words.length && i - first < MAX_WORDS + 2) {
    const w = words[i]!;
    if (i > first && opensClause(w)) break;
    // "citing estimates by the institute": a document by its author is one phrase, as read backwards above.
    const byAuthor = w.bare === 'by' && i > first && DOCUMENT_NOUNS.has(words[i - 1]!.bare.toLowerCase());
    if (!fits(w) && !byAuthor && !(w.bare === 'to' && i > first && ROLE_TO.test(words[i - 1]!.bare))) break;
    last = i;
    if (endsClause(w)) break;
    i++;
  }
  return last < 0 ? null : trim(words, first, last);
}
