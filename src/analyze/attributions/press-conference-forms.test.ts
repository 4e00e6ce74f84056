import { describe, expect, it } from 'vitest';
import { speakerRecords } from './testing/records.js';

/** Press-conference and analysis copy: invitations, and "they" after a possessed plural (participles.ts, pronouns.ts). */
describe('press-conference forms', () => {
  it('reads "inviting" with an addressee and an infinitive as an invitation, and nothing without them', () => {
    expect(speakerRecords('The mayor closed the briefing by inviting residents to tour the new depot.')).toEqual([
      'mayor: to tour the new depot',
    ]);
    expect(speakerRecords('The gallery reopened on Friday, inviting comparisons with its old rival.')).toEqual([]);
  });

  it('gives "They" to a possessed plural that opens the sentence before', () => {
    const text =
      '“We are exhausted,” said one nurse. The mayor’s supporters see it differently. They said the clinic needs a new wing.';
    expect(speakerRecords(text)).toEqual([
      'one nurse: We are exhausted',
      'mayor’s supporters: the clinic needs a new wing',
    ]);
  });
});
