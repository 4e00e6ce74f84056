import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';
import { phraseOf, type NameCandidate } from './rules.js';
import { tokenize } from './tokenize.js';
import { townStates } from './town-states.js';

const read = (text: string, name: string, kind: NameCandidate['kind'], titled = false): string[] => {
  const tokens = tokenize(text);
  const words = name.split(' ');
  let first = 0;
  while (phraseOf(tokens, first, first + words.length) !== name) first++;
  const c: NameCandidate = { first, last: first + words.length, kind, titled };
  return townStates(tokens, [c]).map((x) => `${x.kind}:${phraseOf(tokens, x.first, x.last)}`);
};

describe('townStates', () => {
  it('splits a US town and its state written without a comma into two places', () => {
    expect(read('Any good tacos in Fresno Ca? I just moved.', 'Fresno Ca', 'other')).toEqual([
      'place:Fresno',
      'place:Ca',
    ]);
    expect(read('We drove up from Tucson Arizona last week.', 'Tucson Arizona', 'person')).toEqual([
      'place:Tucson',
      'place:Arizona',
    ]);
    expect(read('Her cousin lives in Albany New York now.', 'Albany New York', 'place')).toEqual([
      'place:Albany',
      'place:New York',
    ]);
  });

  it('leaves a person, a place named whole and a pair across a comma as they are', () => {
    expect(read('A portrait of George Washington hung there.', 'George Washington', 'person')).toEqual([
      'person:George Washington',
    ]);
    expect(read('The bus left Kansas City at noon.', 'Kansas City', 'place')).toEqual(['place:Kansas City']);
    expect(read('He grew up in West Virginia.', 'West Virginia', 'place')).toEqual(['place:West Virginia']);
  });

  it('drops the places nested in the name it splits', () => {
    const tokens = tokenize('Fans in Tucson Arizona cheered.');
    const name: NameCandidate = { first: 2, last: 4, kind: 'place', titled: false };
    const nested: NameCandidate[] = [
      { first: 2, last: 3, kind: 'place', titled: false, nested: true },
      { first: 3, last: 4, kind: 'place', titled: false, nested: true },
    ];
    expect(
      townStates(tokens, [name, ...nested]).map((c) => `${phraseOf(tokens, c.first, c.last)}:${!!c.nested}`),
    ).toEqual(['Tucson:false', 'Arizona:false']);
  });

  it('names both places in a whole analysis', () => {
    const found = findEntities('Any good tacos in Fresno Ca? i moved here from Tucson Arizona in May.', []);
    expect(found.filter((e) => e.kind === 'place').map((e) => e.name)).toEqual(
      expect.arrayContaining(['Fresno', 'Tucson', 'Arizona']),
    );
  });
});
