import { describe, expect, it } from 'vitest';
import { speakerRecords } from './testing/records.js';

const records = (text: string): string[] => speakerRecords(text, { via: true });

describe('frames of reported speech', () => {
  it('reads a progressive cue with an adverb after "be"', () => {
    expect(
      records('The union said the ruling was fair. It is also encouraging members to call their senators.'),
    ).toEqual(['union: the ruling was fair', 'union: to call their senators']);
  });

  it('reads an indirect question after "noted"', () => {
    expect(records('The Ledger noted how a local protest over fares had become a national movement.')).toEqual([
      'Ledger: how a local protest over fares had become a national movement',
    ]);
  });

  it('reads a plural of an institution as a holder', () => {
    expect(records('Farmers associations are concerned the ministry will cut the subsidy.')).toEqual([
      'Farmers associations: the ministry will cut the subsidy',
    ]);
  });

  it('reads "quoting" as a relayed source, not a quoted text', () => {
    expect(
      records('According to Tass news agency, quoting the Defence Ministry, the troops were put on alert.'),
    ).toEqual(['Defence Ministry via Tass: the troops were put on alert']);
    expect(records('He closed the rally quoting from the Bible.')).toEqual([]);
  });

  it('reads "with X stating:" and "writing" before a quotation', () => {
    expect(
      records('Critics attacked the plan, with Reddick stating: "This plan hurts working families and it fails."'),
    ).toEqual(['Reddick: This plan hurts working families and it fails']);
    expect(
      records('Members of the forum objected, with one member writing "Why should we pay for their mistakes?"'),
    ).toEqual(['one member: Why should we pay for their mistakes']);
    expect(records('She spent years at the firm, writing software for banks.')).toEqual([]);
  });

  it('takes the quotation after a frame that ends its paragraph, a line at a time', () => {
    const text =
      'Mayor Ortiz wrote,\n"The council has failed the city. We will not be silent." Ortiz added that the vote was rigged.\n' +
      '"We will fight this."\nCouncil members met later.';
    expect(records(text)).toEqual([
      'Ortiz: The council has failed the city. We will not be silent',
      'Ortiz: the vote was rigged',
      'Ortiz: We will fight this',
    ]);
    expect(
      records(
        'Senator Ruth Vane tweeted using her campaign account:\n"We won the county. Thank you, Ohio, for everything."',
      ),
    ).toEqual(['Ruth Vane: We won the county. Thank you, Ohio, for everything']);
  });
});

describe('phrasal cues and roles named with whom they serve', () => {
  it('reads a verb, its fixed object and "that"', () => {
    expect(records('Ortiz had known Reddick for years, and came to the conclusion that the claims were lies.')).toEqual(
      ['Ortiz: the claims were lies'],
    );
    expect(records('The senator made the case that the tax is overdue.')).toEqual(['senator: the tax is overdue']);
    expect(records('Officials raised the possibility that the vote would be delayed.')).toEqual([
      'Officials: the vote would be delayed',
    ]);
    expect(records('She will make the case that the tax is overdue.')).toEqual([]);
  });

  it('reads "an aide to the governor" as one speaker', () => {
    expect(records('"It\'s over," an aide to the governor said.')).toEqual(["aide to the governor: It's over"]);
    expect(records('"It\'s over," said a senior adviser to the president.')).toEqual([
      "senior adviser to the president: It's over",
    ]);
  });
});

describe('a document read out, and an aside before "that"', () => {
  it('reads "read/reads" only with a document as the subject and quoted words', () => {
    expect(records('“We are disappointed by the ruling,” the statement read.')).toEqual([
      'statement: We are disappointed by the ruling',
    ]);
    expect(records('She read "War and Peace" twice.')).toEqual([]);
  });

  it('reads the clause after an aside set off by commas', () => {
    expect(records('The mayor has repeatedly claimed, without evidence, that thousands voted twice.')).toEqual([
      'mayor: thousands voted twice',
    ]);
  });
});

describe('names and quotations printed tight', () => {
  it('keeps a compound common-noun head after a name, and drops only outlet descriptors', () => {
    expect(records('The blaze has burned 800 hectares, the Alpes-Maritimes fire service said.')).toEqual([
      'Alpes-Maritimes fire service: The blaze has burned 800 hectares',
    ]);
    expect(records('Yonhap news agency said the talks had failed.')).toEqual(['Yonhap: the talks had failed']);
  });

  it('reads a quotation glued to its cue’s comma or colon', () => {
    expect(records('Officials said,"We will reopen the road on Friday."')).toEqual([
      'Officials: We will reopen the road on Friday',
    ]);
    expect(records('The mayor said:“It is over.”')).toEqual(['mayor: It is over']);
  });
});
