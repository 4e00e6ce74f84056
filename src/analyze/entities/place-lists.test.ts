import { describe, expect, it } from 'vitest';
import { listedPlaces } from './place-lists.js';
import { phraseOf, type NameCandidate } from './rules.js';
import { tokenize } from './tokenize.js';

/** `places` as place candidates; the names after the rule as "kind:words". */
const read = (text: string, places: string[]): string[] => {
  const tokens = tokenize(text);
  const candidates: NameCandidate[] = places.map((p) => {
    const words = p.split(' ');
    let first = 0;
    while (phraseOf(tokens, first, first + words.length) !== p) first++;
    return { first, last: first + words.length, kind: 'place', titled: false, strong: true };
  });
  return listedPlaces(tokens, candidates).map((c) => `${c.kind}:${phraseOf(tokens, c.first, c.last)}`);
};

describe('listedPlaces', () => {
  it('reads unknown capitalised words listed beside a place as places', () => {
    expect(read('Shops closed in Hebron, Dura, and Yatta on Monday.', ['Hebron'])).toEqual([
      'place:Hebron',
      'place:Dura',
      'place:Yatta',
    ]);
    expect(read('Buses run between Noida and Dadri Nagar in the evening.', ['Noida'])).toEqual([
      'place:Noida',
      'place:Dadri Nagar',
    ]);
    expect(read('Visit Zorvak and Lyon this summer.', ['Lyon'])).toEqual(['place:Zorvak', 'place:Lyon']);
  });

  it('leaves a locator after a comma, people and ordinary words, and words going on into a sentence', () => {
    expect(read('She was born in Oldcastle, Brennick, Ireland.', ['Oldcastle', 'Ireland'])).toEqual([
      'place:Oldcastle',
      'place:Ireland',
    ]);
    expect(read('He lived in Athens, Theseus ruled it.', ['Athens'])).toEqual(['place:Athens']);
    expect(read('We met in Lyon, Susan and I.', ['Lyon'])).toEqual(['place:Lyon']);
    expect(read('Currently, Lyon is quiet.', ['Lyon'])).toEqual(['place:Lyon']);
  });
});
