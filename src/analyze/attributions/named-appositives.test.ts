import { describe, expect, it } from 'vitest';
import { speakerRecords } from './testing/records.js';

/** An appositive that describes someone and then names them: "a retired nurse named Jill Park" (patterns.ts). */
describe('named appositives', () => {
  it('gives the record to the name after "named" or "called", not to the subject it describes', () => {
    expect(
      speakerRecords('One of them, a retired nurse named Jill Park, told the inquiry she had waited nine hours.'),
    ).toEqual(['Jill Park: she had waited nine hours']);
    expect(speakerRecords('One of the nurses, a woman named Jill Park, said she had waited nine hours.')).toEqual([
      'Jill Park: she had waited nine hours',
    ]);
    expect(speakerRecords('The firm, a start-up called Brightloom, said it would appeal.')).toEqual([
      'Brightloom: it would appeal',
    ]);
  });

  it('reads a name given with no object after a preposition as a reduced passive, no verdict', () => {
    expect(speakerRecords('The attack was claimed by a user called "Anonymous", on a website.')).toEqual([]);
    expect(speakerRecords('Ann Cole called the plan "a betrayal".')).toEqual(['Ann Cole: the plan "a betrayal"']);
  });
});
