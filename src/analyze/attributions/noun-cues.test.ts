import { describe, expect, it } from 'vitest';
import { speakerRecords as records } from './testing/records.js';

describe('noun cues with their holder', () => {
  it('reads statements by their kind with a "that" clause, up to the sentence\'s own verb', () => {
    expect(records('Okafor’s comments that the count was rigged drew criticism.')).toEqual([
      'Okafor: the count was rigged',
    ]);
    expect(records('The senator’s statement that she would resign surprised her staff.')).toEqual([
      'senator: she would resign',
    ]);
    expect(records('Brandt’s insistence that he won the debate puzzled his aides.')).toEqual([
      'Brandt: he won the debate',
    ]);
  });

  it('reads a commitment with its to-infinitive', () => {
    expect(records('Okafor’s promise to build a new bridge won him the county.')).toEqual([
      'Okafor: to build a new bridge',
    ]);
    expect(records('The mayor’s pledge to cut fares was popular.')).toEqual(['mayor: to cut fares']);
  });

  it('gives a restated view to who restates it', () => {
    expect(records('A spokeswoman for the ministry reiterated the bank’s position that rates would hold.')).toEqual([
      'spokeswoman for the ministry: rates would hold',
    ]);
  });

  it('reads no cue in a relative "that" or a noun with no holder', () => {
    expect(records('Okafor’s comments that were posted online drew criticism.')).toEqual([]);
    expect(records('The statement that the council issued was short.')).toEqual([]);
  });
});
