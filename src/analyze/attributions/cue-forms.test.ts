import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences/sentences.js';
import { findAttributions } from './attributions.js';
import { speakerRecords as records } from './testing/records.js';

const said = (text: string) =>
  findAttributions(text, splitSentences(text), [])
    .filter((a) => a.speaker)
    .map((a) => `${a.speaker!.text} [${a.cue}] ${a.content}`);

describe('cue forms of political news', () => {
  it('reads "charged that" as an accusation, not "charged with"', () => {
    expect(said('Okafor charged that the council had hidden the audit.')).toEqual([
      'Okafor [charged] the council had hidden the audit',
    ]);
    expect(said('Prosecutors charged the treasurer with fraud.')).toEqual([]);
  });

  it('reads "went on to say that" as the subject speaking', () => {
    expect(said('Mayor Okafor went on to say that the budget was balanced.')).toEqual([
      'Mayor Okafor [said] the budget was balanced',
    ]);
    expect(said('The treasurer declined to say whether the audit was done.')).toEqual([]);
  });

  it('reads no answer in the question put to someone: "Asked what she would say to …"', () => {
    expect(said('Asked what she would say to the striking nurses, Okafor looked away.')).toEqual([]);
  });

  it('reads a claim with a to-infinitive, not a claim of something won', () => {
    expect(said('Okafor claimed to have met the governor twice.')).toEqual([
      'Okafor [claimed] to have met the governor twice',
    ]);
    expect(said('Okafor claimed victory on Tuesday night.')).toEqual([]);
  });

  it('reads a biographer or a colleague as the source of a claim', () => {
    expect(said('According to his biographer, the senator rarely slept.')).toEqual([
      'his biographer [according to] the senator rarely slept',
    ]);
  });

  it('reads reporting and stance verbs with "that", not with an object', () => {
    expect(said('Okafor confided that she had weighed quitting.')).toEqual([
      'Okafor [affirmed] she had weighed quitting',
    ]);
    expect(said('Some economists doubt that the cut will pay for itself.')).toEqual([
      'Some economists [doubted] the cut will pay for itself',
    ]);
    expect(said('Nurses protested the ruling outside the court.')).toEqual([]);
    expect(said('The audit highlighted the risks of the plan.')).toEqual([]);
  });

  it('reads a plural present of speech to an addressee, then "that"', () => {
    expect(said('Two aides tell the Ledger that the mayor will not run.')).toEqual([
      'Two aides [told] the mayor will not run',
    ]);
    expect(said('Parents tell their children to be careful.')).toEqual([]);
  });

  it('reads a doubt with a bare clause, not with an object', () => {
    expect(said('Several analysts doubted the levy would survive the vote.')).toEqual([
      'Several analysts [doubted] the levy would survive the vote',
    ]);
    expect(said('Voters doubted his sincerity.')).toEqual([]);
  });
});

describe('an infinitive that carries its subject’s words', () => {
  it('reads "was quick to point out that", "was keen to stress that", "went on to note that"', () => {
    expect(records('The minister was quick to point out that the plan was fully costed.')).toEqual([
      'minister: the plan was fully costed',
    ]);
    expect(records('Okafor was keen to stress that, officially, the service checks no quality.')).toEqual([
      'Okafor: officially, the service checks no quality',
    ]);
    expect(records('The mayor went on to note that the budget was balanced.')).toEqual([
      'mayor: the budget was balanced',
    ]);
  });

  it('reads a poll’s comparison: "were (much) more likely to say that …", "less likely to say …"', () => {
    expect(records('Renters were much more likely to say that the city had become unaffordable.')).toEqual([
      'Renters: the city had become unaffordable',
    ]);
    expect(records('Older voters were less likely to say they trusted the count.')).toEqual([
      'Older voters: they trusted the count',
    ]);
    expect(records('Renters were more likely to move away.')).toEqual([]);
  });

  it('reads a plural present with its particle before "that": "Analysts point out that …"', () => {
    expect(records('Analysts point out that the plan was fully costed.')).toEqual([
      'Analysts: the plan was fully costed',
    ]);
    expect(records('Tourists point out the sights.')).toEqual([]);
  });

  it('reads no report in other infinitives: "was happy to note the weather", "plans to note that"', () => {
    expect(records('She was happy to note the weather.')).toEqual([]);
    expect(records('The council plans to note that the budget was balanced.')).toEqual([]);
  });
});

describe('a belief about an object with "to be"', () => {
  it('reads "believed itself to be …" and "believe the two men to be …", not other infinitives', () => {
    expect(records('In the chaos, the council believed itself to be under attack.')).toEqual([
      'council: itself to be under attack',
    ]);
    expect(records('Police believe the two men to be armed.')).toEqual(['Police: the two men to be armed']);
    expect(records('She felt the need to be heard.')).toEqual([]);
    expect(records('He is believed to be in hiding.')).toEqual([]);
  });
});

describe('a plural present before a clause in the past with no "that"', () => {
  it('reads "Critics argue the law went too far", not a participle dated after its noun', () => {
    expect(records('Critics argue the reform went too far.')).toEqual(['Critics: the reform went too far']);
    expect(records('Critics argue the rules changed nothing.')).toEqual(['Critics: the rules changed nothing']);
    expect(records('Officials note the changes made last year.')).toEqual([]);
    expect(records('Residents fear the floods.')).toEqual([]);
  });
});

describe('"wrote to" an addressee', () => {
  it('reads "wrote to me, “…”" and "wrote to the council that …", not "wrote to complain"', () => {
    expect(records('One buyer wrote to me, “The market is broken beyond repair.”')).toEqual([
      'One buyer: The market is broken beyond repair',
    ]);
    expect(records('The mayor wrote to the council that the budget was balanced.')).toEqual([
      'mayor: the budget was balanced',
    ]);
    expect(records('He wrote to complain about the noise.')).toEqual([]);
  });
});

describe('a quoted verdict in the passive', () => {
  it('gives the quotation to the party after "by"', () => {
    expect(records('The closure has been described as “devastating” by the regional health board.')).toEqual([
      'regional health board: devastating',
    ]);
    expect(records('The ferry plan was called “reckless” by port officials, who voted against it.')).toEqual([
      'port officials: reckless',
    ]);
  });

  it('reads no verdict without a quotation before "by", nor a summons', () => {
    expect(records('She was called by the court to testify on Monday.')).toEqual([]);
    expect(records('The bridge was described by engineers in a 2019 survey.')).toEqual([]);
  });

  it('keeps the verdict apart from a speaker whose words hold it', () => {
    expect(records('Officials said the ferry plan was described as “reckless” by critics.')).toEqual([
      'Officials: the ferry plan was described as “reckless” by critics',
      'critics: reckless',
    ]);
  });
});
