import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';
import { personalPossessions } from './personal-possessions.js';
import { readPass, type GivenName } from './testing/read-pass.js';

const read = (text: string, names: GivenName[]): string[] => readPass(personalPossessions, text, names);

describe('personalPossessions', () => {
  it('reads a name of no kind that owns kin or a life as a person, with its recurrences', () => {
    expect(
      read("Please forward Oduya Brenn's resume to me. Oduya Brenn starts in May.", [
        ['Oduya Brenn', 'other'],
        ['Oduya Brenn', 'other'],
      ]),
    ).toEqual(['person:Oduya Brenn', 'person:Oduya Brenn']);
    expect(read("We met Zelig ' s wife at the fair.", [['Zelig', 'other']])).toEqual(['person:Zelig']);
  });

  it('leaves other possessions and names of a known kind alone', () => {
    expect(read("Quorvex's market share grew.", [['Quorvex', 'other']])).toEqual(['other:Quorvex']);
    expect(read("Boston's mayor spoke.", [['Boston', 'place']])).toEqual(['place:Boston']);
  });

  it('makes the person in a whole analysis', () => {
    const es = findEntities("Everyone at the funeral praised Dovik 's wife and children.", []);
    expect(es.map((e) => `${e.kind}:${e.name}`)).toEqual(['person:Dovik']);
  });
});
