/**
 * Test support for the entity passes that rework name candidates: candidates placed on the words they name, in the
 * order given, and a pass's output as `kind:phrase` strings a test can compare.
 */
import { phraseOf, type NameCandidate } from '../rules.js';
import { tokenize, type Token } from '../tokenize.js';

/** A name as a test gives it: its words as printed, its kind, and whether that kind rests on strong evidence. */
export type GivenName = [text: string, kind: NameCandidate['kind'], strong?: boolean];

/**
 * Candidates for `names`, each at the first place its words stand after the previous name's end (a name given twice
 * is its next occurrence). A name the text does not hold is a mistake in the test, not an empty result.
 */
export function candidatesInOrder(tokens: readonly Token[], names: readonly GivenName[]): NameCandidate[] {
  let from = 0;
  return names.map(([text, kind, strong]) => {
    const width = text.split(' ').length;
    let first = from;
    while (phraseOf(tokens, first, first + width) !== text)
      if (++first >= tokens.length) throw new Error(`test: "${text}" is not in the text after token ${from}`);
    from = first + width;
    return strong === undefined
      ? { first, last: from, kind, titled: false }
      : { first, last: from, kind, titled: false, strong };
  });
}

/** What `pass` makes of `names` in `text`, as `kind:phrase`. */
export function readPass(
  pass: (tokens: Token[], candidates: NameCandidate[]) => NameCandidate[],
  text: string,
  names: readonly GivenName[],
): string[] {
  const tokens = tokenize(text);
  return pass(tokens, candidatesInOrder(tokens, names)).map((c) => `${c.kind}:${phraseOf(tokens, c.first, c.last)}`);
}
