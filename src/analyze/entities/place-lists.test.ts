import { describe, expect, it } from 'vitest';
import { listedPlaces } from './place-lists.js';
import { readPass, type GivenName } from './testing/read-pass.js';

/** `places` as place candidates on strong evidence; the names after the rule as "kind:words". */
const read = (text: string, places: string[]): string[] =>
  readPass(
    listedPlaces,
    text,
    places.map((p): GivenName => [p, 'place', true]),
  );

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
