import { describe, expect, it } from 'vitest';
import { onlyStopWords, parseSearchText, toFts5Match, toWebsearch } from './search-text.js';

describe('parseSearchText', () => {
  it('keeps quoted phrases and splits the rest into words', () => {
    expect(parseSearchText('kim "armoured train" vladivostok')).toEqual([
      { words: ['kim'], phrase: false },
      { words: ['armoured', 'train'], phrase: true },
      { words: ['vladivostok'], phrase: false },
    ]);
  });

  it('turns operators and punctuation into plain words or nothing', () => {
    const match = toFts5Match(parseSearchText('NEAR(x b, 3) -c* d^ e:f OR "g'));
    expect(match).toBe('"NEAR" "x" "b" "3" "c" "d" "e" "f" "g"');
    expect(toWebsearch(parseSearchText('-x or y'))).toBe('"x" "y"');
    expect(parseSearchText('"" * () \' ; --')).toEqual([]);
  });

  it('drops stop words, AND, OR and NOT among them, wherever they stand', () => {
    const words = (text: string) => parseSearchText(text).map((t) => t.words.join(' '));
    expect(words('OR ferry')).toEqual(['ferry']);
    expect(words('ferry or')).toEqual(['ferry']);
    expect(words('NOT ferry AND dock')).toEqual(['ferry', 'dock']);
    expect(words('a OR')).toEqual([]);
    // A phrase loses the stop words at its ends only; one word left is a plain term.
    expect(parseSearchText('"the ferry to the dock of"')).toEqual([
      { words: ['ferry', 'to', 'the', 'dock'], phrase: true },
    ]);
    expect(parseSearchText('"the ferry"')).toEqual([{ words: ['ferry'], phrase: false }]);
    expect(onlyStopWords('a OR')).toBe(true);
    expect(onlyStopWords('"The" AND')).toBe(true);
    expect(onlyStopWords('a ferry')).toBe(false);
    expect(onlyStopWords('* -')).toBe(false);
    expect(onlyStopWords('')).toBe(false);
  });

  it('bounds hostile input', () => {
    expect(parseSearchText('w '.repeat(10_000)).length).toBeLessThanOrEqual(32);
  });
});
