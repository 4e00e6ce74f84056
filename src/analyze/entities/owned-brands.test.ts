import { describe, expect, it } from 'vitest';
import { ownedBrands } from './owned-brands.js';
import { phraseOf, type NameCandidate } from './rules.js';
import { tokenize } from './tokenize.js';

/** `word` as a one-word organization candidate; its kind after the rule. */
const kindOf = (text: string, word: string): string => {
  const tokens = tokenize(text);
  const first = tokens.findIndex((t) => t.text === word);
  const candidate: NameCandidate = { first, last: first + 1, kind: 'organization', titled: false };
  const [c] = ownedBrands(tokens, [candidate]);
  expect(phraseOf(tokens, c!.first, c!.last)).toBe(word);
  return c!.kind;
};

describe('ownedBrands', () => {
  it('reads a brand between a possessive and a noun of a thing one has as other', () => {
    expect(kindOf('The refund went back to your Zelvo account on Friday.', 'Zelvo')).toBe('other');
    expect(kindOf('I charged my Voltra phone overnight.', 'Voltra')).toBe('other');
  });

  it('leaves organizations with other nouns or no possessive', () => {
    expect(kindOf('He thanked his Zelvo teammates after the game.', 'Zelvo')).toBe('organization');
    expect(kindOf('Zelvo account holders were told on Friday.', 'Zelvo')).toBe('organization');
  });
});
