import { describe, expect, it } from 'vitest';
import { possessiveFirms } from './possessive-firms.js';
import { readPass } from './testing/read-pass.js';

describe('possessiveFirms', () => {
  it("joins an owner's possessive and a trade into one organization", () => {
    expect(
      readPass(possessiveFirms, "We called Dobson's Plumbing on Monday.", [
        ['Dobson', 'person'],
        ['Plumbing', 'other'],
      ]),
    ).toEqual(["organization:Dobson 's Plumbing"]);
    expect(readPass(possessiveFirms, 'Thank You Hadley s Auto Repair!', [['Auto Repair', 'other']])).toEqual([
      'organization:Hadley s Auto Repair',
    ]);
    expect(readPass(possessiveFirms, "I train at Kettering's Karate twice a week.", [['Kettering', 'place']])).toEqual([
      "organization:Kettering 's Karate",
    ]);
  });

  it('leaves titled owners, countries and regions, fields and restaurants alone', () => {
    expect(readPass(possessiveFirms, "Ohio's Energy Department said no.", [['Ohio', 'place', true]])).toEqual([
      'place:Ohio',
    ]);
    expect(readPass(possessiveFirms, "Kim's Social Media went viral.", [['Kim', 'person']])).toEqual(['person:Kim']);
    expect(readPass(possessiveFirms, "The best slice is at Gino's Pizza.", [['Gino', 'person']])).toEqual([
      'person:Gino',
    ]);
    expect(readPass(possessiveFirms, "Dobson's Plumbing Supply Ltd won.", [['Dobson', 'person']])).toEqual([
      'person:Dobson',
    ]);
  });
});
