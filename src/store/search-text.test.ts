import { describe, expect, it } from 'vitest';
import { onlyStopWords, parseSearchText, phraseParts, toFts5Match, toTsquery } from './search-text.js';

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
    expect(toTsquery(parseSearchText('-x or y !z'))).toBe("'x' & 'y' & 'z'");
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

  it('writes a stop word inside a phrase as a place between its other words, for both stores alike', () => {
    expect(phraseParts(['Bank', 'of', 'the', 'North', 'Sea', 'in', 'Leith'])).toEqual([
      { words: ['Bank'], gap: 2 },
      { words: ['North', 'Sea'], gap: 1 },
      { words: ['Leith'], gap: 0 },
    ]);
    const terms = parseSearchText('ferry "pier of the Leith harbour"');
    expect(toFts5Match(terms)).toBe('"ferry" NEAR("pier" "Leith harbour", 2)');
    expect(toTsquery(terms)).toBe(
      "'ferry' & ( ( 'pier' ) <1> ( 'Leith' <-> 'harbour' ) | ( 'pier' ) <2> ( 'Leith' <-> 'harbour' ) | " +
        "( 'pier' ) <3> ( 'Leith' <-> 'harbour' ) | ( 'Leith' <-> 'harbour' ) <1> ( 'pier' ) | " +
        "( 'Leith' <-> 'harbour' ) <2> ( 'pier' ) | ( 'Leith' <-> 'harbour' ) <3> ( 'pier' ) )",
    );
    expect(toTsquery(parseSearchText('"Leith harbour"'))).toBe("( 'Leith' <-> 'harbour' )");
  });

  it('bounds hostile input', () => {
    expect(parseSearchText('w '.repeat(10_000)).length).toBeLessThanOrEqual(32);
  });
});
