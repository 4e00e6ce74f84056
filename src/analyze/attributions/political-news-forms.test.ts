import { describe, expect, it } from 'vitest';
import { speakerRecords } from './testing/records.js';

/** Forms of political news copy the cue tables must not misread, and sources they must (patterns.ts, speaker-like.ts). */
describe('political news forms', () => {
  it('reads a plural noun before a modal as a noun, not as a cue in the present', () => {
    expect(speakerRecords('The treaty covers fishing, under which member states would share the catch.')).toEqual([]);
    expect(speakerRecords('The memo states that the depot will close.')).toEqual(['memo: the depot will close']);
  });

  it('gives no record to a holder that "not" denies', () => {
    expect(speakerRecords('Not everyone thinks the ferry will run on time.')).toEqual([]);
    expect(speakerRecords('But not all economists agree that the levy will pass.')).toEqual([]);
    expect(speakerRecords('All economists agree that the levy will pass.')).toEqual(['economists: the levy will pass']);
  });

  it('reads "a series of polls" as the polls', () => {
    expect(speakerRecords('The two blocs are level, according to a series of polls released on Sunday.')).toEqual([
      'series of polls: The two blocs are level',
    ]);
  });

  it('reads the subject set off by an appositive after a sentence-opening "But"', () => {
    expect(
      speakerRecords(
        'But the dock workers, led by the former port director Sir Alan Reeve, believe the cranes will be sold.',
      ),
    ).toEqual(['dock workers: the cranes will be sold']);
  });
});
