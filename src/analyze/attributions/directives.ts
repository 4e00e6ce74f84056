/**
 * Requests and demands: an addressee, then "to" and a verb, which is what was asked ("asked the board not to delay the
 * vote", "asking the ministry to reverse the cuts"); read by the verb patterns and the participles alike.
 */
import { speakerLike } from './speaker-like.js';
import { DETERMINERS, endsClause, type Word } from './words.js';

/** Most words of the addressee between a cue and its infinitive: "the governments of South East Asia". */
const MAX_ADDRESSEE = 10;

/**
 * Words in an object that make its "to" another verb's or a purpose ("asked for money to build …"), or the cue
 * another verb ("pleaded guilty to …").
 */
const NOT_AN_ADDRESSEE = /^(?:for|about|if|whether|questions?|that|which|who|permission|guilty|innocent)$/i;

/**
 * A count of people asked ("asked five people to perform a task", "asked 1,000 voters to rate …") is a study's or a
 * poll's sample, given a procedure, not an addressee given a demand.
 */
const COUNT =
  /^(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|some|many)$/i;

/**
 * "asked the governments of the region not to turn boats away", "pleaded with him to see a doctor": an addressee of up
 * to ten words in the cue's clause, then "to" (or "not to") and a verb; the index of the word that opens what is
 * asked, or -1. A cue with no addressee ("asked to be excused") asks for the subject itself.
 */
export function directiveInfinitive(words: Word[], ci: number): number {
  if (endsClause(words[ci]!) || COUNT.test(words[ci + 1]?.bare ?? '') || anonymityRequest(words, ci)) return -1;
  // "asked for the investigation to be resumed", "pleaded for residents to stay indoors": what is asked for, with "for".
  const forWhat = words[ci + 1]?.bare === 'for' && !endsClause(words[ci + 1]!);
  for (let k = ci + (forWhat ? 3 : 2); k < words.length - 1 && k <= ci + 1 + MAX_ADDRESSEE; k++) {
    if (endsClause(words[k - 1]!) || NOT_AN_ADDRESSEE.test(words[k - 1]!.bare)) return -1;
    // Not a purpose ("asked for money to build a school"): the infinitive is passive, or its subject can act.
    if (forWhat && words[k]!.bare === 'to' && infinitiveVerb(words[k + 1]?.raw))
      return words[k + 1]!.bare === 'be' ||
        speakerLike(
          words
            .slice(ci + 2, k)
            .map((w) => w.bare)
            .join(' '),
          false,
        )
        ? ci + 1
        : -1;
    if (words[k]!.bare !== 'to' || !infinitiveVerb(words[k + 1]?.raw)) continue;
    return words[k - 1]!.bare === 'not' && k - 1 > ci + 1 ? k - 1 : k;
  }
  return -1;
}

/** What a source asks for itself when it asks not to be named: "to be named", "to remain anonymous". */
const UNNAMED = /^(?:named|identified|quoted|anonymous|unnamed|cited)$/i;

/**
 * "an official, who asked not to be named, said …", "asked to remain anonymous", "asked that her name not be used":
 * wire copy's note on how a source is kept unnamed, no request made of anyone (the source's claim is the main verb's).
 */
export function anonymityRequest(words: Word[], ci: number): boolean {
  let k = ci + 1;
  if (words[k]?.bare === 'not') k++;
  if (words[k]?.bare === 'to' && !endsClause(words[k]!))
    return /^(?:be|remain|go)$/i.test(words[k + 1]?.bare ?? '') && UNNAMED.test(words[k + 2]?.bare ?? '');
  if (words[k]?.bare !== 'that' || endsClause(words[k]!)) return false;
  return (
    /^(?:his|her|their|its|the)$/i.test(words[k + 1]?.bare ?? '') &&
    /^(?:names?|identity|identities)$/i.test(words[k + 2]?.bare ?? '') &&
    /^(?:not|be|should|would)$/i.test(words[k + 3]?.bare ?? '')
  );
}

/** A lower-case word that can be the verb of "to …", not the addressee ("to the crowd", "to him"). */
export function infinitiveVerb(word = ''): boolean {
  return /^\p{Ll}+$/u.test(word) && !DETERMINERS.has(word) && !/^(?:him|her|them|us|me|you|it|all|each)$/.test(word);
}
