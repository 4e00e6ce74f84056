import { describe, expect, it } from 'vitest';
import { planetsAsNoPlaces } from './planets.js';
import { tokenize } from './tokenize.js';

const read = (text: string, words: string[]): string[] => {
  const tokens = tokenize(text);
  const candidates = words.map((w) => {
    const first = tokens.findIndex((t) => t.text === w);
    return { first, last: first + 1, kind: 'place' as const, titled: false };
  });
  return planetsAsNoPlaces(tokens, candidates).map((c) => `${c.kind}:${tokens[c.first]!.text}`);
};

describe('planetsAsNoPlaces', () => {
  it('reads a planet as no place, a town of that name with its state still as one', () => {
    expect(
      read('Transit Saturn and Mars oppose natal Venus, says the chart from Lisbon.', [
        'Saturn',
        'Mars',
        'Venus',
        'Lisbon',
      ]),
    ).toEqual(['other:Saturn', 'other:Mars', 'other:Venus', 'place:Lisbon']);
    expect(read('The fair moved to Mercury, Nevada last year.', ['Mercury'])).toEqual(['place:Mercury']);
  });
});
