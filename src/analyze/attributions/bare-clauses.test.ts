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
});
