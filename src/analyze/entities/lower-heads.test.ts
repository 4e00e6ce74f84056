import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';
import { lowerCaseHeads } from './lower-heads.js';
import { phraseOf, type NameCandidate } from './rules.js';
import { tokenize } from './tokenize.js';

/** `names` as candidates of `kind` (in order of the text); the result's words. */
const read = (text: string, names: string[], kind: NameCandidate['kind'] = 'place'): string[] => {
  const tokens = tokenize(text);
  let from = 0;
  const candidates: NameCandidate[] = names.map((n) => {
    const words = n.split(' ').length;
    let first = from;
    while (phraseOf(tokens, first, first + words) !== n) first++;
    from = first + words;
    return { first, last: from, kind, titled: false };
  });
  return lowerCaseHeads(tokens, candidates).map((c) => phraseOf(tokens, c.first, c.last));
};

describe('lowerCaseHeads', () => {
  it('runs a place on over its head word printed in lower case', () => {
    expect(read('We swam in the Alder river, then hiked Fenwick park.', ['Alder', 'Fenwick'])).toEqual([
      'Alder river',
      'Fenwick park',
    ]);
    const places = findEntities('We walked along Portland bay at dusk.', []).filter((e) => e.kind === 'place');
    expect(places.flatMap((e) => e.mentions.map((m) => m.text))).toEqual(['Portland bay']);
  });

  it('leaves other words, other kinds and a head that opens a name of its own', () => {
    expect(read('Oil prices hit Texas state budgets.', ['Texas'])).toEqual(['Texas']);
    expect(read('Ask Alder river guides.', ['Alder'], 'person')).toEqual(['Alder']);
    expect(read('the Alder park Fenwick', ['Alder', 'park Fenwick'])).toEqual(['Alder', 'park Fenwick']);
  });
});
