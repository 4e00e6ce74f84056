/**
 * A country's letters glued to a currency sign are part of the amount, no place: "US$ 20,000 bail", "HK$5", "C$ 12
 * million". The tagger read the capitals as the country. A name of one token of capitals (up to three letters)
 * with a currency sign right after it, with no space between, is dropped; spaced ("the US $ figures") it stays.
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';

const LETTERS = /^\p{Lu}{1,3}$/u;
const SIGNS: ReadonlySet<string> = new Set(['$', '€', '£', '¥']);

/** `candidates` without the letters of a currency sign ("US$"). */
export function withoutCurrencyMarks(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  return candidates.filter((c) => {
    if (c.last - c.first !== 1) return true;
    const word = tokens[c.first]!;
    const next = tokens[c.last];
    return !(next && next.start === word.end && SIGNS.has(next.text) && LETTERS.test(word.text));
  });
}
