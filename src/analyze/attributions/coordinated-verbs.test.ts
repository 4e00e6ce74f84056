import { describe, expect, it } from 'vitest';
import { speakerRecords } from './testing/records.js';

/** A second report verb joined to the first by "and" / "but" speaks for the same subject (patterns.ts). */
describe('coordinated report verbs', () => {
  it("gives the second verb its own record with the first one's speaker", () => {
    expect(speakerRecords('The mayor said the depot would close and accused the council of lying.')).toEqual([
      'mayor: the depot would close',
      'mayor: the council of lying',
    ]);
    expect(speakerRecords('The mayor denied the claim and warned that the depot would close.')).toEqual([
      'mayor: the claim',
      'mayor: the depot would close',
    ]);
  });

  it('finds the subject before an appositive or relative clause when the first verb follows it', () => {
    expect(
      speakerRecords('Ann Cole, who voted against, acknowledged the risks but said the state "could not wait."'),
    ).toEqual(['Ann Cole: the state "could not wait."']);
    expect(
      speakerRecords('The minister, a former banker, conceded the point but insisted that the budget would balance.'),
    ).toEqual(['minister: the budget would balance']);
    expect(
      speakerRecords('Voters, who turned out in record numbers, rejected the plan but said they wanted change.'),
    ).toEqual(['Voters: they wanted change']);
  });
});
