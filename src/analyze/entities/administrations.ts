/**
 * "The Bush administration", "the Davis Administration": a surname before "administration" or "presidency" names
 * the person who leads it (UNER and GUM both mark the surname as a person, and the administration, a common noun
 * phrase, as no name), whatever the gazetteer knows ("Bush" is also a city of 136,000 in Egypt).
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { bestPlace, wordInfoOf } from './wordinfo.js';

/** Nouns of a leader's term in office. */
const TERMS: ReadonlySet<string> = new Set(['administration', 'presidency']);

function leaderName(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const info = wordInfoOf(word);
  if (info.demonym || info.org || info.common || info.title) return false;
  const place = bestPlace(word);
  return !place || place.kind === 'city'; // "the Ohio administration", "the Obama administration"
}

/** `candidates` with each one-word name before a term in office made a person, the term left out. */
export function leadersOfAdministrations(
  tokens: readonly Token[],
  candidates: readonly NameCandidate[],
): NameCandidate[] {
  return candidates.map((c) => {
    const word = tokens[c.first]!.text;
    const after = tokens[c.first + 1]?.text.toLowerCase() ?? '';
    const oneWord = c.last - c.first === 1 || (c.last - c.first === 2 && /^\p{Lu}/u.test(tokens[c.first + 1]!.text));
    if (!oneWord || !TERMS.has(after) || !leaderName(word)) return c;
    return { first: c.first, last: c.first + 1, kind: 'person', titled: false };
  });
}
