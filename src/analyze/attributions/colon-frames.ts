/**
 * 'The governor offered a blunt assessment: “We are out of money.”', 'Lee summed it up as follows: “…”': a subject, a
 * verb of any kind and a colon that introduces a quotation ending the sentence. The colon frames the quotation as the
 * subject's words though the verb is no speech cue; read only when no cue of the sentence found a record. A frame may
 * also be a possessor's noun of words said or judged, with or without a copula: "Delaney’s assessment was blunt: “…”",
 * "Her advice to young farmers is simple: “…”", "His verdict: “…”" (possessorFrame).
 */
import type { Sentence } from '../../vocabulary.js';
import { BETWEEN_SUBJECT_AND_CUE } from './cues.js';
import { trimContent, type Draft } from './draft.js';
import { phraseSpan, phraseStartingAt } from './noun-phrase.js';
import { speakerLike } from './speaker-like.js';
import { endsClause, lyAdverb, type Word } from './words.js';

/** Most words of a frame before its colon. */
const MAX_FRAME = 30;
/** Most words of an appositive between the subject and its verb: "Rachel Stephens, an analyst at RedMonk, shared …". */
const MAX_APPOSITIVE = 12;
/** Fewest words of the quotation (not a title or a label: 'the bill's name: “Fair Pay.”'). */
const MIN_QUOTED_WORDS = 4;

/** A colon then a quotation mark, checked before the sentence is read word by word. */
export const COLON_QUOTE = /:\s*["“]/;

/** Verbs in the past that do not end in "-ed": "put it bluntly:", "wrote in his introduction:", "gave a warning:". */
const IRREGULAR_PAST =
  /^(?:put|wrote|gave|made|took|struck|sent|left|had|spoke|told|set|drew|laid|brought|sounded|summed|shared)$/;
/** Finite forms that are no frame's verb: auxiliaries and copulas ("The message was clear: …"). */
const NOT_FRAME_VERB =
  /^(?:is|was|has|does|says|goes|comes|seems|looks|remains|lies|means|reads|contains|includes|this|his|its|hers|ours|theirs|yours|us|plus|thus|perhaps|always|sometimes|news|less|unless|across)$/;

/** Drafts of a colon frame in sentence `s`, or none; `drafts` are the sentence's other finds. */
export function colonFrameDrafts(text: string, s: Sentence, words: Word[], drafts: readonly Draft[]): Draft[] {
  if (drafts.length > 0 || words.length < 3) return [];
  const colon = words.findIndex((w, i) => i < MAX_FRAME && /:$/.test(w.raw) && /^["“]/.test(words[i + 1]?.raw ?? ''));
  if (colon < 1) return [];
  // The quotation closes at the sentence's end (its interior is masked: only its marks show).
  for (let c = colon + 1; c < words.length - 1; c++)
    if (/["”]/.test(words[c]!.raw.slice(c === colon + 1 ? 1 : 0))) return [];
  const frame = words.slice(0, colon + 1);
  if (frame.some((w, i) => /["“”]/.test(w.raw) || (i < colon && endsClause(w) && !w.raw.endsWith(',')))) return [];
  // A subordinate clause is no frame of the subject's ("As the report put it: …", "when they saw it:"); "as" inside
  // the frame is a complement ("summed this up as follows:").
  if (/^as$/i.test(words[0]!.bare) || frame.some((w) => /^(?:that|if|when|because|while|although)$/i.test(w.bare)))
    return [];
  const first = openingSetting(words, colon);
  const possessed = possessorFrame(text, s, words, first, colon);
  if (possessed) return [possessed];
  if (colon < 2) return [];
  const subject = cutAtPast(words, phraseStartingAt(words, first));
  if (!subject || subject.last >= colon) return [];
  let v = subject.last + 1;
  if (words[subject.last]!.raw.endsWith(',')) {
    // The appositive runs to the next comma.
    let end = v;
    while (end < colon && end < v + MAX_APPOSITIVE && !words[end]!.raw.endsWith(',')) end++;
    if (!words[end]?.raw.endsWith(',')) return [];
    v = end + 1;
  } else if (endsClause(words[subject.last]!)) return [];
  else if (words[v]?.bare === 'who') {
    // "One lawmaker who backs her put it bluntly: …": the "who" clause's verb is the first that could frame, the
    // subject's the next one.
    const own = words.findIndex((w, k) => k > v && k < colon && frameVerb(w.bare));
    const main = own > 0 ? words.findIndex((w, k) => k > own && k < colon && frameVerb(w.bare)) : -1;
    if (main < 0 || words.slice(v, main).some(endsClause)) return [];
    v = main;
  }
  const skipFrom = v;
  while (v < colon && (BETWEEN_SUBJECT_AND_CUE.has(words[v]!.bare) || lyAdverb(words[v]!.bare))) v++;
  // "Lopez had a warning for the board: …": "had" is skipped as an auxiliary; before words of speech it is the verb.
  const had = possessedWords(words, skipFrom, colon);
  if (had) v = skipFrom;
  // "was" is skipped above as an auxiliary; before a manner word and the colon it is the frame's verb.
  // Only a person or a named body is blunt ("The message was clear: …" frames no one's words).
  if (
    v === colon &&
    colon - 1 > subject.last &&
    mannerCopula(words, colon - 1, colon) &&
    personal(words[subject.last]!)
  )
    v = colon - 1;
  const verb = words[v];
  if (!verb || v >= colon || !(had || frameVerb(verb.bare) || (v === colon - 1 && mannerCopula(words, v, colon))))
    return [];
  const speakerSpan = phraseSpan(words, subject.first, subject.last);
  const speaker = text.slice(speakerSpan.start, speakerSpan.end);
  if (/^(?:it|this|that|there|here|these|those)$/i.test(speaker) || !speakerLike(speaker, true)) return [];
  const content = trimContent(text, words[colon + 1]!.start, s.end);
  if (!content || text.slice(content.start, content.end).split(/\s+/).length < MIN_QUOTED_WORDS) return [];
  const cueSpan = { start: verb.start, end: verb.start + verb.bare.length };
  return [{ kind: 'verb', cue: verb.bare, cueSpan, speakerSpan, content }];
}

/** Words that open a setting of time, place or occasion before the subject: "In an interview,", "On Tuesday,". */
const SETTING_OPENER =
  /^(?:In|On|At|During|After|Before|Later|Earlier|Speaking|Meanwhile|However|Still|Yesterday|Today)$/;
/** Most words of such a setting, its comma included. */
const MAX_SETTING = 6;

/** Index of the subject's first word: past an opening setting set off by a comma ("In an interview, Brandt put it …"). */
function openingSetting(words: Word[], colon: number): number {
  if (!SETTING_OPENER.test(words[0]!.bare)) return 0;
  const comma = words.findIndex((w, i) => i < MAX_SETTING && i < colon && w.raw.endsWith(','));
  return comma >= 0 && comma + 1 < colon ? comma + 1 : 0;
}

/** How a speaker put it, after a copula right before the colon: "Reddick was blunt: “…”". */
const MANNER =
  /^(?:blunt|clear|direct|defiant|emphatic|adamant|unequivocal|frank|succinct|unapologetic|candid|terse|firm|resolute|confident)$/;

function mannerCopula(words: Word[], v: number, colon: number): boolean {
  return colon === v + 1 && /^(?:is|was)$/.test(words[v]!.bare) && MANNER.test(words[colon]!.bare);
}

/** A name, or a person's title as the head of a description: "Reddick", "the White House", "the senator". */
function personal(head: Word): boolean {
  return (
    /^\p{Lu}/u.test(head.bare) ||
    /^(?:senator|governor|president|mayor|candidate|spokesman|spokeswoman|lawmaker|secretary|minister|leader|chairman|chairwoman)$/.test(
      head.bare,
    )
  );
}

/**
 * "Alvarez put it this way:", "Llewellyn sums up his approach …:": the phrase reader takes an irregular past, or a
 * present in "-s" before a particle or a determiner, for part of a name; the subject ends before it.
 */
function cutAtPast(words: Word[], subject: { first: number; last: number } | null) {
  if (!subject) return null;
  for (let k = subject.first + 1; k <= subject.last; k++)
    if (
      IRREGULAR_PAST.test(words[k]!.bare) ||
      (frameVerb(words[k]!.bare) && /^(?:up|it|his|her|their|its|the|a|an|this)$/.test(words[k + 1]?.bare ?? ''))
    )
      return { first: subject.first, last: k - 1 };
  return subject;
}

/** A finite verb in the past ("highlighted", "put") or the present ("evokes", "sums"). */
function frameVerb(word: string): boolean {
  if (!/^\p{Ll}+$/u.test(word) || NOT_FRAME_VERB.test(word)) return false;
  return /..ed$/.test(word) || IRREGULAR_PAST.test(word) || /[^su]s$/.test(word);
}

/** Nouns of words said that "had"/"has" frames before a colon: "had a warning for the board: …". */
const SPEECH_NOUN =
  /^(?:warning|message|advice|answer|reply|response|plea|words?|request|suggestion|prediction|verdict|retort|comment|explanation|reminder|appeal|promise|challenge)$/;

/**
 * At `v`, "had"/"has"/"have", an article or a quantity, up to two more words, then a noun of words said, all before
 * the colon: "Lopez had a warning for the board:", "Maria Lopez has a simple message:" (not "had a problem:").
 */
function possessedWords(words: Word[], v: number, colon: number): boolean {
  if (
    !/^(?:had|has|have)$/.test(words[v]?.bare ?? '') ||
    !/^(?:a|an|some|one|this|these)$/.test(words[v + 1]?.bare ?? '')
  )
    return false;
  for (let k = v + 2; k <= Math.min(colon, v + 4); k++)
    if (SPEECH_NOUN.test(words[k]!.bare.replace(/:$/, ''))) return true;
  return false;
}

/** Nouns of words said or of a judgement given that a possessor's colon frame holds: "Her verdict: …". */
const SAID_NOUN =
  /^(?:assessment|verdict|advice|message|answer|reply|response|warning|explanation|conclusion|diagnosis|prediction|reasoning|instructions?|plea|retort|reaction|summary|philosophy|motto|mantra|pitch|prescription|recommendation|rule|rationale|forecast|view|take)$/;
/** Possessive pronouns that open such a frame; the pronoun is resolved as a speaker's would be. */
const POSSESSIVE_PRONOUN = /^(?:his|her|their)$/i;
/** Most words of a named possessor ("The head coach’s"), and of the words between noun and colon ("to young farmers"). */
const MAX_POSSESSOR = 4;
const MAX_NOUN_TAIL = 12;

/**
 * A possessor, up to one modifier, a noun of SAID_NOUN, then the colon directly, or after a prepositional phrase, a
 * copula and its complement with no comma ("is simple:", "has been the same for two years:"), the quotation ending the
 * sentence. The possessor (a name, a
 * titled description or his/her/their) is the speaker; the noun is the cue. "The report’s conclusion:" is a document's
 * and is left to the noun's owner being speaker-like.
 */
function possessorFrame(text: string, s: Sentence, words: Word[], first: number, colon: number): Draft | null {
  let p = first;
  if (!POSSESSIVE_PRONOUN.test(words[p]!.bare))
    while (p < first + MAX_POSSESSOR && p < colon && !/['’]s$/.test(words[p]!.bare)) p++;
  if (p >= colon || (p > first && !/['’]s$/.test(words[p]!.bare))) return null;
  if (p === first && !POSSESSIVE_PRONOUN.test(words[p]!.bare) && !/^\p{Lu}/u.test(words[p]!.bare)) return null;
  let n = p + 1;
  if (n < colon && !SAID_NOUN.test(words[n]!.bare.toLowerCase())) n++;
  const noun = words[n];
  if (!noun || n > colon || !SAID_NOUN.test(noun.bare.toLowerCase())) return null;
  if (n < colon) {
    // "to young farmers is simple:", "to all of this has been the same for two years:": a prepositional phrase, a
    // copula, and its complement.
    const tail = words.slice(n + 1, colon + 1).map((w) => w.bare.toLowerCase());
    const copula = tail.findIndex((w) => /^(?:is|was|been|remains|remained)$/.test(w));
    if (tail.length > MAX_NOUN_TAIL || copula < 0 || copula === tail.length - 1) return null;
    if (copula > 0 && !/^(?:to|for|on|about|after|from|has|had)$/.test(tail[0]!)) return null;
    if (words.slice(n, colon).some((w) => endsClause(w))) return null;
  }
  const owner = words[p]!;
  const end = POSSESSIVE_PRONOUN.test(owner.bare)
    ? owner.start + owner.bare.length
    : owner.start + owner.bare.length - 2;
  const speakerSpan = { start: words[first]!.start, end };
  const speaker = text.slice(speakerSpan.start, speakerSpan.end);
  if (!POSSESSIVE_PRONOUN.test(speaker) && !speakerLike(speaker, true)) return null;
  const content = trimContent(text, words[colon + 1]!.start, s.end);
  if (!content || text.slice(content.start, content.end).split(/\s+/).length < MIN_QUOTED_WORDS - 1) return null;
  const cueSpan = { start: noun.start, end: noun.start + noun.bare.length };
  return { kind: 'verb', cue: noun.bare.toLowerCase(), cueSpan, speakerSpan, content };
}
