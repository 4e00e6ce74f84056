import { describe, expect, it } from 'vitest';
import { parseSearchText, toFts5Match, toWebsearch } from './search-text.js';

describe('parseSearchText', () => {
  it('keeps quoted phrases and splits the rest into words', () => {
    expect(parseSearchText('kim "armoured train" vladivostok')).toEqual([
      { words: ['kim'], phrase: false },
      { words: ['armoured', 'train'], phrase: true },
      { words: ['vladivostok'], phrase: false },
    ]);
  });

  it('turns operators and punctuation into plain words or nothing', () => {
    const match = toFts5Match(parseSearchText('NEAR(a b, 3) -c* d^ e:f OR "g'));
    expect(match).toBe('"NEAR" "a" "b" "3" "c" "d" "e" "f" "OR" "g"');
    expect(toWebsearch(parseSearchText('-x or y'))).toBe('"x" "or" "y"');
    expect(parseSearchText('"" * () \' ; --')).toEqual([]);
  });

  it('bounds hostile input', () => {
    expect(parseSearchText('w '.repeat(10_000)).length).toBeLessThanOrEqual(32);
  });
});
