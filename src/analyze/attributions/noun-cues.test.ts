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
  it('reads a holder named after the noun, with "by", "among" or "from"', () => {
    expect(records('The assertion by Sen. Halloran that the count was rigged drew a rebuke.')).toEqual([
      'Halloran: the count was rigged',
    ]);
    expect(records('There is growing fear among dairy farmers that the drought will last.')).toEqual([
      'dairy farmers: the drought will last',
    ]);
    expect(records('The council ignored warnings from engineers that the dam was failing.')).toEqual([
      'engineers: the dam was failing',
    ]);
    expect(records('The claims by the plaintiffs that were dismissed ran to 40 pages.')).toEqual([]);
    expect(records('The fear among the players was obvious.')).toEqual([]);
  });

  it('reads a noun cue opening the sentence, capitalized, with its holder after "by"', () => {
    expect(records('Allegations by Gov. Ruth Ames that the count was rigged were rejected.')).toEqual([
      'Ruth Ames: the count was rigged',
    ]);
    expect(records('Warnings from hydrologists that the levee would fail went unheeded.')).toEqual([
      'hydrologists: the levee would fail',
    ]);
    expect(records('Claims by the dozen poured in after the broadcast.')).toEqual([]);
    expect(records('Hope from the start was that the talks would resume.')).toEqual([]);
  });

  it('reads a held view with a copula before its "that": "X\'s view is that …"', () => {
    expect(records('The senator’s view is that rates will stay high.')).toEqual(['senator: rates will stay high']);
    expect(records('The union’s position remains that the strike is legal.')).toEqual(['union: the strike is legal']);
    expect(records('The view from the summit is that of a valley.')).toEqual([]);
  });
});
