import { describe, expect, it } from 'vitest';
import { headFirstFirms } from './head-first-firms.js';
import { phraseOf, type NameCandidate } from './rules.js';
import { tokenize } from './tokenize.js';

const read = (text: string, candidates: NameCandidate[]): string[] => {
  const tokens = tokenize(text);
  return headFirstFirms(tokens, candidates).map((c) => `${c.kind}:${phraseOf(tokens, c.first, c.last)}`);
};

describe('headFirstFirms', () => {
  it('joins a salon or studio head to the name after it as one organization', () => {
    expect(
      read('She colours my hair at Salon Marisa now.', [{ first: 6, last: 7, kind: 'person', titled: false }]),
    ).toEqual(['organization:Salon Marisa']);
    expect(read('We recorded at Studio Kiln in May.', [{ first: 3, last: 5, kind: 'place', titled: false }])).toEqual([
      'organization:Studio Kiln',
    ]);
  });

  it('leaves a lower-case head, a titled person and a head alone as they were', () => {
    expect(read('the salon Marisa runs', [{ first: 2, last: 3, kind: 'person', titled: false }])).toEqual([
      'person:Marisa',
    ]);
    expect(read('Studio Director Vance', [{ first: 2, last: 3, kind: 'person', titled: true, titleFrom: 1 }])).toEqual([
      'person:Vance',
    ]);
    expect(read('Salon owners met.', [{ first: 0, last: 1, kind: 'place', titled: false }])).toEqual(['place:Salon']);
  });
});
