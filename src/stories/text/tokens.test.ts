import { describe, expect, it } from 'vitest';
import { fnv1a } from '../near-duplicates/hash.js';
import { wordHashes, words } from './tokens.js';

describe('words', () => {
  it('lower-cases runs of letters and digits and drops the apostrophes inside a word', () => {
    expect(words("The mayor's 2nd plan: O’Neill's rock'n5 ‘deal’ — 'quoted'")).toEqual([
      'the',
      'mayors',
      '2nd',
      'plan',
      'oneills',
      'rockn',
      '5',
      'deal',
      'quoted',
    ]);
  });

  it('folds accents and compatibility forms, and reads any script', () => {
    expect(words('Café Zürich ﬁnal x² Москва 𝐀BC 😀 naïve')).toEqual([
      'cafe',
      'zurich',
      'final',
      'x2',
      'москва',
      'abc',
      'naive',
    ]);
  });
});

describe('wordHashes', () => {
  it('hashes the words `words` gives, apostrophes dropped, in any script', () => {
    for (const text of [
      "The mayor's 2nd plan: O’Neill's rock'n5 ‘deal’ — 'quoted'",
      'Café Zürich ﬁnal x² Москва 𝐀BC 😀 naïve',
      "tails'' ''heads a'b'c’d 1'2",
      '',
    ])
      expect(wordHashes(text)).toEqual(words(text).map(fnv1a));
  });
});
