import { describe, expect, it } from 'vitest';
import { speakerRecords as records } from './testing/records.js';

describe('a reported clause with no "that" after a cognition or speech cue', () => {
  it('reads a long subject before an auxiliary or a past verb', () => {
    expect(records('The analysts found turnout among young voters in the state exceeded 40 percent.')).toEqual([
      'analysts: turnout among young voters in the state exceeded 40 percent',
    ]);
    expect(records('Marsh explained the party’s decline began when it lost the unions.')).toEqual([
      'Marsh: the party’s decline began when it lost the unions',
    ]);
    expect(records('Ortiz believes the voters polled in the survey may have left the party.')).toEqual([
      'Ortiz: the voters polled in the survey may have left the party',
    ]);
  });

  it('reads no clause in an object and its participle, or an object pronoun', () => {
    expect(records('Police found the car abandoned in a field.')).toEqual([]);
    expect(records('Officers found her hidden in a basket where he had forced her to stay.')).toEqual([]);
    expect(records('The senator claimed victory as the House concluded its hearing.')).toEqual([]);
    expect(records('The firm soon found itself offering free rides.')).toEqual([]);
  });

  it('reads a clause after a year set off by a comma', () => {
    expect(
      records('The researchers ran the model again. They estimated by 2050, rising costs would double the deficit.'),
    ).toEqual(['researchers: rising costs would double the deficit']);
  });

  it('reads a clause with a present verb or a "no" subject after an addressee', () => {
    expect(records('The director told lawmakers no evidence supports the theory of a break-in.')).toEqual([
      'director: no evidence supports the theory of a break-in',
    ]);
    expect(records('The director told lawmakers the camera footage shows nothing unusual.')).toEqual([
      'director: the camera footage shows nothing unusual',
    ]);
    expect(records('The director told lawmakers the sales figures.')).toEqual([]);
    expect(records('Google promised players would be able to stream games in 4K.')).toEqual([
      'Google: players would be able to stream games in 4K',
    ]);
    expect(records('The firm promised investors a dividend.')).toEqual([]);
  });

  it('reads a second speaker after "and" with no comma', () => {
    expect(records('The army said the president was safe and the police said the roads were closed.')).toEqual([
      'army: the president was safe',
      'police: the roads were closed',
    ]);
    expect(records('The union and the employers said the deal was fair.')).toEqual([
      'union and the employers: the deal was fair',
    ]);
  });

  it('reads a forecast whose object is a figure, with no clause', () => {
    expect(records('Analysts surveyed by Refinitiv were expecting $2.52 a share.')).toEqual([
      'Analysts: $2.52 a share',
    ]);
    expect(records('The bank projected growth of 2 percent next year.')).toEqual([
      'bank: growth of 2 percent next year',
    ]);
    expect(records('She is expecting twins in May.')).toEqual([]);
    expect(records('The team expected 2,000 fans to attend.')).toEqual([]);
  });

  it('reads a ranking with its object then "among"', () => {
    expect(records('The United Nations rates the minority among the most persecuted groups in the region.')).toEqual([
      'United Nations: the minority among the most persecuted groups in the region',
    ]);
    expect(records('The port ranks among the busiest in Europe.')).toEqual([]);
  });

  it('reads a fault laid with "blame … for", also in a relative clause', () => {
    expect(records('Critics blame the new rules for the drop in exports.')).toEqual([
      'Critics: the new rules for the drop in exports',
    ]);
    expect(records('The climate of fear that critics blame for the exodus has not eased.')).toEqual([
      'critics: for the exodus has not eased',
    ]);
    expect(records('The mayor blamed the weather.')).toEqual([]);
    expect(records('The fire was blamed on faulty wiring.')).toEqual([]);
  });

  it('reads a cue that needs "that" after the clause it closes or in a relative gap', () => {
    expect(records('The camp is a forced labour site, critics charge.')).toEqual([
      'critics: The camp is a forced labour site',
    ]);
    expect(records('The camp, which critics charge is a prison, holds 300 people.')).toEqual([
      'critics: is a prison, holds 300 people',
    ]);
    expect(records('The case on which the court has ruled was brought by two schools.')).toEqual([]);
  });

  it('reads a second speaker after an opening clause led by a conjunction', () => {
    expect(
      records(
        'And though the agency has said that there is no need to worry, the ministry has acknowledged that remote regions are vulnerable.',
      ),
    ).toEqual(['agency: there is no need to worry', 'ministry: remote regions are vulnerable']);
  });

  it('reads speech inside what someone found out as a record of its own', () => {
    expect(records('The inquiry found that officials said nothing about the risk.')).toEqual([
      'inquiry: officials said nothing about the risk',
      'officials: nothing about the risk',
    ]);
  });

  it('reads people a "who" clause defines as the speaker', () => {
    expect(records('Those who believe the vote was rigged are wrong.')).toEqual([
      'Those: the vote was rigged are wrong',
    ]);
    expect(records('Anyone who thinks the tax is fair should read this.')).toEqual([
      'Anyone: the tax is fair should read this',
    ]);
  });

  it('reads a belief in something as a stance', () => {
    expect(records('Kestrel Motors still believes in sedans for their practicality and looks.')).toEqual([
      'Kestrel Motors: sedans for their practicality and looks',
    ]);
    expect(records('The party believed in 2019 that the vote was rigged.')).toEqual(['party: the vote was rigged']);
  });
});

describe('a reported clause whose verb is an irregular past', () => {
  it('reads "believe the virus spread …", "say the storm cut …" with no "that"', () => {
    expect(records('Doctors believe the virus spread through the ventilation system.')).toEqual([
      'Doctors: the virus spread through the ventilation system',
    ]);
    expect(records('Engineers say the flood cut the valley’s only road.')).toEqual([
      'Engineers: the flood cut the valley’s only road',
    ]);
  });
});
