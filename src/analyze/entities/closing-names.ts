/**
 * A review, a forum post or an e-mail often ends with its writer's name alone, after the last sentence: "… a hoot
 * to deal with as well. Mo", "… taking toll of human lives, properties, etc. R K Dasgupta". With nothing around it
 * the tagger read such a name by its letters, often as a place. A name of up to three words that is all of the
 * text's last sentence (after a sentence's end, with nothing after it) and was read as a place or a name of no
 * kind is a person, unless the gazetteer knows it as a country, a region or a city of 100,000 or more.
 */
import type { NameCandidate } from './rules.js';
import { phraseOf } from './rules.js';
import type { Token } from './tokenize.js';
import { bestPlace, wordInfoOf } from './wordinfo.js';

const SENTENCE_END = /[.!?]$/;

/** `candidates` with a place or a name of no kind that closes the text alone made a person. */
export function closingNames(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const c = candidates[candidates.length - 1];
  if (!c || c.nested || c.last !== tokens.length || c.first < 1 || c.last - c.first > 3) return [...candidates];
  if (c.kind !== 'place' && c.kind !== 'other') return [...candidates];
  if (!SENTENCE_END.test(tokens[c.first - 1]!.text)) return [...candidates];
  const phrase = phraseOf(tokens, c.first, c.last);
  const place = bestPlace(phrase);
  if (place && (place.kind !== 'city' || place.population >= 100_000)) return [...candidates];
  const info = wordInfoOf(phrase);
  if (info.org || info.demonym || info.placeSuffix || info.orgSuffix) return [...candidates];
  return [...candidates.slice(0, -1), { ...c, kind: 'person', strong: false, mentionLast: undefined }];
}
