import { describe, expect, it } from 'vitest';
import { scoreCorpus, scorePage, shingles, tokens } from '../../bench/lib/shingle-score.js';

describe('Scrapinghub shingle score', () => {
  it("tokenises Unicode words like Python's \\w and drops punctuation", () => {
    expect(tokens('Привет, мир! don’t stop_now 42')).toEqual(['Привет', 'мир', 'don', 't', 'stop_now', '42']);
  });

  it('makes one shingle of a text shorter than four tokens, and counts repeats', () => {
    expect([...shingles(['a', 'b'])]).toEqual([['a\u0001b', 1]]);
    expect(shingles(['a', 'b', 'c', 'd', 'a', 'b', 'c', 'd']).get('a\u0001b\u0001c\u0001d')).toBe(2);
  });

  it('keeps case, and scores extra text as false positives and missing text as false negatives', () => {
    const truth = 'one two three four five';
    const s = scorePage(truth, 'one two three four five six');
    expect(s).toMatchObject({ tp: 2, fp: 1, fn: 0, exact: false });
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(scorePage(truth, 'one, two; three four five.').exact).toBe(true);
  });

  it('leaves empty predictions out of precision but counts them against recall', () => {
    const pages = [scorePage('a b c d e', 'a b c d e'), scorePage('a b c d e', '')];
    const c = scoreCorpus(pages);
    expect(c.precision).toBe(1);
    expect(c.recall).toBe(0.5);
    expect(c.f1).toBeCloseTo(2 / 3);
    expect(c.accuracy).toBe(0.5);
  });
});
