import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps abbreviations, initials and decimals inside a sentence', () => {
    expect(texts('Mr. Smith met Gen. Milley on Jan. 5 in No. 10 Downing St. in London. It rained 2.5 cm.')).toEqual([
      'Mr. Smith met Gen. Milley on Jan. 5 in No. 10 Downing St. in London.',
      'It rained 2.5 cm.',
    ]);
    expect(texts('John F. Kennedy spoke. Then he left.')).toEqual(['John F. Kennedy spoke.', 'Then he left.']);
  });

  it('splits after a dotted abbreviation only before a sentence opener', () => {
    expect(texts('former U.S. President Donald Trump came to the U.S. The visit ended.')).toEqual([
      'former U.S. President Donald Trump came to the U.S.',
      'The visit ended.',
    ]);
  });

  it('keeps a closing quote with its sentence and a multi-sentence quote whole', () => {
    expect(texts('He said, "We will go." Then he left.')).toEqual(['He said, "We will go."', 'Then he left.']);
    expect(texts('“We are ready. We will fight,” he said. Talks resumed.')).toEqual([
      '“We are ready. We will fight,” he said.',
      'Talks resumed.',
    ]);
    expect(texts('"Why?" he asked.')).toEqual(['"Why?" he asked.']);
  });

  it('ends a sentence at every paragraph break and reports offsets into the text', () => {
    const t = 'First line without stop\n\nSecond one. Third!';
    const s = splitSentences(t);
    expect(s.map((x) => x.text)).toEqual(['First line without stop', 'Second one.', 'Third!']);
    for (const x of s) expect(t.slice(x.start, x.end)).toBe(x.text);
  });
});

describe('splitSentences with speaker tags', () => {
  it('keeps a quoted question with the speaker who asked it', () => {
    expect(texts('“Can I give it to James?” Brooke tearfully asked. She left.')).toEqual([
      '“Can I give it to James?” Brooke tearfully asked.',
      'She left.',
    ]);
  });
});
