import { describe, expect, it } from 'vitest';
import { cityTeams } from './city-teams.js';
import { readPass, type GivenName } from './testing/read-pass.js';

/** `places` as place candidates; the names after the rule as "kind:words". */
const read = (text: string, places: string[]): string[] =>
  readPass(
    cityTeams,
    text,
    places.map((p): GivenName => [p, 'place']),
  );

describe('cityTeams', () => {
  it('reads two cities around a verb of winning as teams', () => {
    expect(read('Denver edged Portland 3-2 in overtime.', ['Denver', 'Portland'])).toEqual([
      'organization:Denver',
      'organization:Portland',
    ]);
  });

  it("reads a city before a team's own noun as a team", () => {
    expect(read("Kansas City's defense held firm.", ['Kansas City'])).toEqual(['organization:Kansas City']);
  });

  it("reads a team's opponent after 'against' in the same sentence as a team", () => {
    expect(read("Kansas City's offense stalled against Denver.", ['Kansas City', 'Denver'])).toEqual([
      'organization:Kansas City',
      'organization:Denver',
    ]);
    expect(read("Kansas City's offense stalled. We marched against Denver.", ['Kansas City', 'Denver'])).toEqual([
      'organization:Kansas City',
      'place:Denver',
    ]);
  });

  it('leaves countries, places after a preposition and other verbs as places', () => {
    expect(read('France defeated Austria in 1805.', ['France', 'Austria'])).toEqual(['place:France', 'place:Austria']);
    expect(read('We flew from Denver to Portland.', ['Denver', 'Portland'])).toEqual([
      'place:Denver',
      'place:Portland',
    ]);
    expect(read('Denver visited Portland.', ['Denver', 'Portland'])).toEqual(['place:Denver', 'place:Portland']);
  });
});
