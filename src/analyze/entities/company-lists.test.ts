import { describe, expect, it } from 'vitest';
import { companyLists } from './company-lists.js';
import { sentenceStarts } from './rules.js';
import { readPass, type GivenName } from './testing/read-pass.js';

const read = (text: string, names: readonly GivenName[]): string[] =>
  readPass((tokens, found) => companyLists(tokens, found, sentenceStarts(text, tokens)), text, names);

describe('companyLists', () => {
  it('makes the unknown members of a list with two organizations organizations', () => {
    expect(
      read('Nearby we have Quillfeather Crafts, Bramble Supply, Walmart, and Costco for yarn.', [
        ['Bramble Supply', 'organization'],
      ]),
    ).toEqual([
      'organization:Quillfeather Crafts',
      'organization:Bramble Supply',
      'organization:Walmart',
      'organization:Costco',
    ]);
  });

  it('reads a company word or "acquired" before the list as enough, and a described last member', () => {
    expect(
      read('Last year they acquired Tavvo, Plinkett, Orrin Labs, and mapping startup Quenby.', [['Plinkett', 'other']]),
    ).toEqual(['organization:Tavvo', 'organization:Plinkett', 'organization:Orrin Labs', 'organization:Quenby']);
    expect(read('I buy from companies like Vellacott, Dunmarra, and Pexley.', [])).toEqual([
      'organization:Vellacott',
      'organization:Dunmarra',
      'organization:Pexley',
    ]);
  });

  it('makes companies given as examples companies however few, and names read as people among them', () => {
    expect(
      read('It sells beans, but with companies like Harlan Voss, QRBO, and smaller roasters growing.', [
        ['Harlan Voss', 'person'],
      ]),
    ).toEqual(['organization:Harlan Voss', 'organization:QRBO']);
    expect(read('We buy from brands such as Pexley.', [])).toEqual(['organization:Pexley']);
  });

  it('leaves people, lists with a place, short lists and lists with no evidence alone', () => {
    expect(
      read('We have Quillfeather Crafts, Walmart, Costco and Ada Brightwell.', [['Ada Brightwell', 'person']]),
    ).toEqual([
      'organization:Quillfeather Crafts',
      'organization:Walmart',
      'organization:Costco',
      'person:Ada Brightwell',
    ]);
    expect(read('We have Quillfeather Crafts, Walmart, Costco and Dallas.', [['Dallas', 'place']])).toEqual([
      'place:Dallas',
    ]);
    expect(read('We have Walmart and Quillfeather Crafts.', [])).toEqual([]);
    expect(read('We read Tavvo, Plinkett, Orrin Labs and Quenby.', [])).toEqual([]);
  });
});
