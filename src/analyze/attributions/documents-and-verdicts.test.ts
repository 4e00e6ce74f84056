import { describe, expect, it } from 'vitest';
import { speakerRecords as records } from './testing/records.js';

describe('a document its subject put out, speaking through a participle', () => {
  it('reads a document described by a word or two: "a joint statement saying", "a federal lawsuit alleging"', () => {
    expect(records('The two mayors issued a joint statement saying the bridge would reopen.')).toEqual([
      'two mayors: the bridge would reopen',
    ]);
    expect(records('The state filed a federal lawsuit alleging that the lender had hidden its fees.')).toEqual([
      'state: the lender had hidden its fees',
    ]);
  });

  it('reads the subject of an irregular past: "sent an email claiming", "ran an ad saying"', () => {
    expect(records('The Okafor campaign sent a fundraising email claiming that the poll was rigged.')).toEqual([
      'Okafor campaign: the poll was rigged',
    ]);
    expect(records('The party ran an ad saying the senator had skipped the vote.')).toEqual([
      'party: the senator had skipped the vote',
    ]);
  });

  it('reads no record in a document described before a request, nor in a described thing that is no document', () => {
    expect(records('The council issued an official statement urging residents to stay home.')).toEqual([]);
    expect(records('The council built a new bridge saying nothing.')).toEqual([]);
  });
});

describe('a verdict on something as something', () => {
  it('reads praise, criticism and a citation with "as"', () => {
    expect(records('The mayor praised the ruling as a victory for tenants.')).toEqual([
      'mayor: the ruling as a victory for tenants',
    ]);
    expect(records('The union criticized the budget as a giveaway to landlords.')).toEqual([
      'union: the budget as a giveaway to landlords',
    ]);
    expect(records('The governor cited the survey as proof that the plan works.')).toEqual([
      'governor: the survey as proof that the plan works',
    ]);
  });

  it('reads no verdict without "as"', () => {
    expect(records('The mayor praised the volunteers.')).toEqual([]);
    expect(records('The union criticized the budget.')).toEqual([]);
  });
});

describe('"as X put it"', () => {
  it('reads the clause an "as … put it" clause sets off', () => {
    expect(records('As one council member put it, the budget is a fiction.')).toEqual([
      'one council member: the budget is a fiction',
    ]);
    expect(records('As the mayor put it, “We are out of money.”')).toEqual(['mayor: We are out of money']);
  });

  it('reads no claim in "put it" outside an "as" clause', () => {
    expect(records('When the box arrived, the clerk put it on the shelf.')).toEqual([]);
  });
});

describe('a document with a post-modifier as the subject of "reads"', () => {
  it('reads "The tweet from X reads, “…”" and "The letter from the mayor reads, “…”"', () => {
    expect(records('The tweet from Harbour Radio reads, “The ferry is cancelled until further notice.”')).toEqual([
      'Harbour Radio: The ferry is cancelled until further notice',
    ]);
    expect(records('The letter from the mayor reads, “We will rebuild the bridge.”')).toEqual([
      'mayor: We will rebuild the bridge',
    ]);
    expect(records('The mayor of the town reads, “We will rebuild the bridge.”')).toEqual([]);
  });
});

describe('a document named with a noun in -ing or a word of how often', () => {
  it('reads "according to a filing" and "its quarterly report" as the document speaking', () => {
    expect(records('Velmora paid its two founders $3 million last year, according to a regulatory filing.')).toEqual([
      'regulatory filing: Velmora paid its two founders $3 million last year',
    ]);
    expect(records('The trust, according to its monthly report, sold half its farmland in May.')).toEqual([
      'its monthly report: The trust, according to its monthly report, sold half its farmland in May',
    ]);
  });
});
