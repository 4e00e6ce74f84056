import { describe, expect, it } from 'vitest';
import { leadersOfAdministrations } from './administrations.js';
import { phraseOf, type NameCandidate } from './rules.js';
import { tokenize } from './tokenize.js';

const read = (text: string, spans: [string, number, NameCandidate['kind']][]): string[] => {
  const tokens = tokenize(text);
  const candidates = spans.map(([word, n, kind]) => {
    const first = tokens.findIndex((t) => t.text === word);
    return { first, last: first + n, kind, titled: false };
  });
  return leadersOfAdministrations(tokens, candidates).map((c) => `${c.kind}:${phraseOf(tokens, c.first, c.last)}`);
};

describe('leadersOfAdministrations', () => {
  it('makes the name before "administration" or "presidency" a person, whatever kind it had', () => {
    expect(
      read('Critics of the Varga administration and of the Quell Administration met in Halden.', [
        ['Varga', 1, 'place'],
        ['Quell', 2, 'organization'],
        ['Halden', 1, 'place'],
      ]),
    ).toEqual(['person:Varga', 'person:Quell', 'place:Halden']);
  });

  it('leaves countries, states and demonyms before an administration alone', () => {
    expect(
      read('The Japan administration and the Ohio administration met the Iraqi administration.', [
        ['Japan', 1, 'place'],
        ['Ohio', 1, 'place'],
        ['Iraqi', 1, 'other'],
      ]),
    ).toEqual(['place:Japan', 'place:Ohio', 'other:Iraqi']);
  });
});
