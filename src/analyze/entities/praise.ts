/**
 * Praise and blame capitalised as a heading are no names: review titles and web text open with them ("Excellent
 * Pizza!!", "Great Service", "Quick and Cheap", "Great Job Thanks", "Brain Dead"), and the tagger took them for
 * people or organizations. `headings.ts` drops runs opening with a describing word the lexicon lists and holding no
 * name word; compromise's lexicon lacks some of the commonest ("excellent"), and a head word ("Service", "School")
 * counts as a name word there. A name that opens with a word of praise or blame, untitled and not a known name as a
 * whole or by its first two words (the gazetteer's "Great Britain", "Great Lakes Science Center"; the lexicon's
 * organizations), is left out.
 */
import type { NameCandidate } from './rules.js';
import { phraseOf } from './rules.js';
import type { Token } from './tokenize.js';
import { bestPlace, wordInfo } from './wordinfo.js';

// prettier-ignore
const PRAISE: ReadonlySet<string> = new Set([
  'great', 'excellent', 'awesome', 'amazing', 'wonderful', 'fantastic', 'terrific', 'superb', 'outstanding',
  'brilliant', 'perfect', 'lovely', 'terrible', 'horrible', 'awful', 'worst', 'best', 'quick', 'cheap', 'friendly',
  'poor', 'rude', 'overpriced', 'disappointing',
]);

/** `candidates` without names opening with praise or blame. */
export function withoutPraise(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  return candidates.filter((c) => {
    if (c.titled || c.strong || !PRAISE.has(tokens[c.first]!.text.toLowerCase())) return true;
    // The name as a whole, or its first two words ("Great Lakes Science Center"), a known name.
    return [c.last, c.first + 2].some((last) => {
      if (last > c.last) return false;
      const phrase = phraseOf(tokens, c.first, last);
      const info = wordInfo(phrase.toLowerCase());
      return info.org || info.place || info.person || bestPlace(phrase) !== null;
    });
  });
}
