/**
 * A capital "The" inside a sentence is part of the name after it: the writer capitalised it as the name's own
 * ("my income came from The Mozilla Foundation", "we stayed at The Harbour Lodge"). Universal NER marks it in the span;
 * GUM marks every mention with its article, so the longer span still holds the head. The "The" opening a sentence
 * and one on a line in title case ("Thanks For The Prompt Service") prove nothing, and a person takes no article.
 */
import type { NameCandidate } from './rules.js';
import { startsLower } from './letter-case.js';
import type { Token } from './tokenize.js';

/** `candidates` with a capital "The" that a lower-case word stands before joined to the name after it. */
export function capitalThe(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  return candidates.map((c) => {
    if (c.kind === 'person' || c.nested || c.first < 2 || tokens[c.first - 1]!.text !== 'The') return c;
    if (!startsLower(tokens[c.first - 2]!.text)) return c;
    return { ...c, first: c.first - 1 };
  });
}
