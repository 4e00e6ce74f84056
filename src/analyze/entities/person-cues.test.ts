import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';
import { personCues } from './person-cues.js';
import { readPass, type GivenName } from './testing/read-pass.js';

const read = (text: string, names: GivenName[]): string[] => readPass(personCues, text, names);

describe('personCues', () => {
  it('reads the object of "appointed" or "nominated" as a person, over a town the gazetteer knows', () => {
    expect(
      read('When that failed, the elders appointed Tarrow, with a mandate to write laws.', [['Tarrow', 'place']]),
    ).toEqual(['person:Tarrow']);
    expect(read('The governor also nominated B. Ellery Quint for the bench.', [])).toEqual(['person:B. Ellery Quint']);
  });

  it('reads a name given to a person as a person, initials and all', () => {
    expect(read('It was painted by a guy named J.T.R. Vollmer long ago.', [['Vollmer', 'other']])).toEqual([
      'person:J.T.R. Vollmer',
    ]);
  });

  it('leaves pets, bodies the frame only begins and strong other readings alone', () => {
    expect(read('I have a cat named Biscuit.', [])).toEqual([]);
    expect(read('He was appointed Ambassador to Veloria in 1990.', [])).toEqual([]);
    expect(read('She was appointed Chief Executive Officer last year.', [])).toEqual([]);
    expect(
      read('They appointed Harbour Bank of Veloria as trustee.', [['Harbour Bank of Veloria', 'organization', true]]),
    ).toEqual(['organization:Harbour Bank of Veloria']);
    expect(read('The league nominated Norway for the award.', [['Norway', 'place', true]])).toEqual(['place:Norway']);
  });

  it('finds the appointee in a whole analysis', () => {
    const es = findEntities('The assembly appointed Tarrow to draft a new code of laws.', []);
    expect(es.map((e) => `${e.kind}:${e.name}`)).toEqual(['person:Tarrow']);
  });
});
