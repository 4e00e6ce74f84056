import { describe, expect, it } from 'vitest';
import { everyWord, onlyStopWords, parseSearchText, toFts5Match, toTsquery, type SearchTerm } from './search-text.js';

/** A term of one run, as typed. */
const run = (text: string, words: string[]): SearchTerm => ({
  words,
  phrase: words.length > 1,
  parts: [{ words, text, gap: 0 }],
});

describe('parseSearchText', () => {
  it('keeps quoted phrases and splits the rest into words', () => {
    expect(parseSearchText('kim "armoured train" vladivostok')).toEqual([
      run('kim', ['kim']),
      run('armoured train', ['armoured', 'train']),
      run('vladivostok', ['vladivostok']),
    ]);
  });

  it('turns operators and punctuation into plain words or nothing', () => {
    const match = toFts5Match(parseSearchText('NEAR(x b, 3) -c* d^ e:f OR "g'));
    expect(match).toBe('"NEAR x" "b" "3" "c" "d" "e f" "g"');
    expect(toTsquery(parseSearchText("-x or y !z a&b:* 'w' \\v"))).toBe("'-x' & 'y' & '!z' & 'a&b:*' & '''w''' & ' v'");
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
      {
        words: ['ferry', 'dock'],
        phrase: true,
        parts: [
          { words: ['ferry'], text: 'ferry', gap: 2 },
          { words: ['dock'], text: 'dock', gap: 0 },
        ],
      },
    ]);
    expect(parseSearchText('"the ferry"')).toEqual([run('ferry', ['ferry'])]);
    expect(onlyStopWords('a OR')).toBe(true);
    expect(onlyStopWords('"The" AND')).toBe(true);
    expect(onlyStopWords('a ferry')).toBe(false);
    expect(onlyStopWords('* -')).toBe(false);
    expect(onlyStopWords('')).toBe(false);
  });

  it('writes a stop word inside a phrase as a place between its other words, for both stores alike', () => {
    const terms = parseSearchText('ferry "pier of the Leith harbour"');
    expect(terms[1]!.parts).toEqual([
      { words: ['pier'], text: 'pier', gap: 2 },
      { words: ['Leith', 'harbour'], text: 'Leith harbour', gap: 0 },
    ]);
    expect(toFts5Match(terms)).toBe('"ferry" NEAR("pier" "Leith harbour", 2)');
    expect(toTsquery(terms)).toBe(
      "'ferry' & ( 'pier' <1> 'Leith harbour' | 'pier' <2> 'Leith harbour' | 'pier' <3> 'Leith harbour' | " +
        "'Leith harbour' <1> 'pier' | 'Leith harbour' <2> 'pier' | 'Leith harbour' <3> 'pier' )",
    );
    expect(toTsquery(parseSearchText('"Leith harbour"'))).toBe("'Leith harbour'");
  });

  it("keeps a word written with punctuation inside whole, as each store's tokenizer reads it", () => {
    const terms = parseSearchText("U.S. 6.8 COVID-19 Putin's don't (Harwick), O'Brien\\x");
    expect(terms).toEqual([
      run('U.S.', ['U']),
      run('6.8', ['6', '8']),
      run('COVID-19', ['COVID', '19']),
      run("Putin's", ['Putin']),
      run('(Harwick),', ['Harwick']),
      run("O'Brien\\x", ['O', 'Brien', 'x']),
    ]);
    // FTS5 reads "6.8" as the words 6 and 8 side by side; PostgreSQL as the one lexeme '6.8', parsed from the text.
    expect(toFts5Match(terms)).toBe('"U" "6 8" "COVID 19" "Putin" "Harwick" "O Brien x"');
    expect(toTsquery(terms)).toBe("'U.S.' & '6.8' & 'COVID-19' & 'Putin''s' & '(Harwick),' & 'O''Brien x'");
    // In a phrase too: "magnitude 6.8 quake" is one run for PostgreSQL to parse.
    expect(toTsquery(parseSearchText('"magnitude 6.8 quake"'))).toBe("'magnitude 6.8 quake'");
    // A chunk's stop word holds its place inside a phrase (FTS5 reads "Putin's army" as putin, s, army).
    expect(toFts5Match(parseSearchText('"the Putin\'s army\'s"'))).toBe('"Putin s army"');
  });

  it('gives every word of the terms on its own, a word with punctuation inside whole', () => {
    const words = everyWord(parseSearchText('"the freight train of 6.8 tonnes" U.S.'));
    expect(words.map((t) => t.parts[0]!.text)).toEqual(['freight', 'train', '6.8', 'tonnes', 'U.S.']);
  });

  it('bounds hostile input', () => {
    expect(parseSearchText('w '.repeat(10_000)).length).toBeLessThanOrEqual(32);
  });
});
