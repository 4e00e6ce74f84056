import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('splits clitics and punctuation, keeps dotted abbreviations and hyphenated names', () => {
    const text = "Kim's aide met Choe Son-hui in the U.S. (KCNA), didn't he?";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual([
      'Kim',
      "'s",
      'aide',
      'met',
      'Choe',
      'Son-hui',
      'in',
      'the',
      'U.S.',
      '(',
      'KCNA',
      ')',
      ',',
      'did',
      "n't",
      'he',
      '?',
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps numbers with separators whole', () => {
    expect(tokenize('1,000 km or 3.5 miles.').map((t) => t.text)).toEqual(['1,000', 'km', 'or', '3.5', 'miles', '.']);
  });

  it('keeps capitals joined by periods whole when the last period is missing, as web text writes them', () => {
    expect(tokenize('Prices in the U.S fell, and D.C.-area rents rose.').map((t) => t.text)).toEqual([
      'Prices',
      'in',
      'the',
      'U.S',
      'fell',
      ',',
      'and',
      'D.C.',
      '-',
      'area',
      'rents',
      'rose',
      '.',
    ]);
    // Words run together at a missing space still split.
    expect(tokenize('We left at noon.Then rain').map((t) => t.text)).toEqual([
      'We',
      'left',
      'at',
      'noon',
      '.',
      'Then',
      'rain',
    ]);
  });

  it('cuts a capitalised name from a lower-case suffix after a hyphen, and leaves other hyphenated words whole', () => {
    expect(tokenize('a Lisbon-based studio, Kremlin-backed media').map((t) => t.text)).toEqual([
      'a',
      'Lisbon',
      '-',
      'based',
      'studio',
      ',',
      'Kremlin',
      '-',
      'backed',
      'media',
    ]);
    expect(tokenize('Jean-Luc drank Coca-Cola, a well-known pro-Beijing habit').map((t) => t.text)).toEqual([
      'Jean-Luc',
      'drank',
      'Coca-Cola',
      ',',
      'a',
      'well-known',
      'pro-Beijing',
      'habit',
    ]);
  });
});
