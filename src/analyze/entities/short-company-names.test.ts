import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';
import { shortCompanyNames } from './short-company-names.js';
import { readPass, type GivenName } from './testing/read-pass.js';

const read = (text: string, names: GivenName[]): string[] => readPass(shortCompanyNames, text, names);

describe('shortCompanyNames', () => {
  it("makes a company's first word, said alone later, that company", () => {
    expect(
      read('She left the Quillix Foundation in May. The Quillix project goes on, and Quillix staff stay.', [
        ['Quillix Foundation', 'organization'],
        ['Quillix', 'other'],
        ['Quillix', 'person'],
      ]),
    ).toEqual(['organization:Quillix Foundation', 'organization:Quillix', 'organization:Quillix']);
  });

  it('finds the first word standing alone where nothing was found', () => {
    expect(
      read('Harvane Energy, Inc. sent the bid. I spoke to Bruce at Harvane today. The Harvane Tier plan is new.', [
        ['Harvane Energy , Inc.', 'organization'],
      ]),
    ).toEqual(['organization:Harvane Energy , Inc.', 'organization:Harvane']);
  });

  it('leaves known words, places and names with no longer company alone', () => {
    expect(
      read('The Washington Post sent a reporter to Washington.', [
        ['Washington Post', 'organization'],
        ['Washington', 'place'],
      ]),
    ).toEqual(['organization:Washington Post', 'place:Washington']);
    expect(
      read('Tarvoli Heritage Reserve is quiet; Tarvoli is a special place.', [
        ['Tarvoli Heritage Reserve', 'organization'],
        ['Tarvoli', 'place'],
      ]),
    ).toEqual(['organization:Tarvoli Heritage Reserve', 'place:Tarvoli']);
    expect(read('I asked Quillix about it.', [['Quillix', 'person']])).toEqual(['person:Quillix']);
    expect(
      read('Lena Vadik founded Vadik Holdings. Vadik said it would grow.', [
        ['Lena Vadik', 'person'],
        ['Vadik Holdings', 'organization'],
        ['Vadik', 'person'],
      ]),
    ).toEqual(['person:Lena Vadik', 'organization:Vadik Holdings', 'person:Vadik']);
  });

  it('types the short name in a whole analysis', () => {
    const found = findEntities(
      "Ben Ruiz now works at the Vornack Foundation. He said Vornack 's browser will stay free.",
      [],
    );
    const vornack = found.filter((e) => e.mentions.some((m) => m.text === 'Vornack'));
    expect(vornack.map((e) => e.kind)).toEqual(['organization']);
  });
});
