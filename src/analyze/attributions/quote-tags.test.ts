import { describe, expect, it } from 'vitest';
import { speakerRecords } from './testing/records.js';

describe('speech tags after a quotation', () => {
  it('reads a tag whose verb is in no cue table, the name before or after it', () => {
    expect(speakerRecords('“We will not sign this deal,” Brandt laughed.')).toEqual([
      'Brandt: We will not sign this deal',
    ]);
    expect(speakerRecords('“Not again, not this year!” sighed Clara Osei.')).toEqual([
      'Clara Osei: Not again, not this year',
    ]);
  });

  it('gives the tag its own speaker, not the one before, and reads the rest of a split quotation', () => {
    expect(
      speakerRecords('“We will not sign this deal,” Peter Brandt said.\n\n“The terms are wrong,” Clara Osei sighed.'),
    ).toEqual(['Peter Brandt: We will not sign this deal', 'Clara Osei: The terms are wrong']);
    expect(
      speakerRecords('“We will not sign this deal,” Peter Brandt said. “It is over,” he went on, “for all of us.”'),
    ).toEqual(['Peter Brandt: We will not sign this deal', 'Peter Brandt: It is over,” he went on, “for all of us']);
  });

  it('leaves a title or a question followed by narrative alone', () => {
    expect(speakerRecords('“Sweet Caroline,” Neil Diamond released in 1969, is a hit.')).toEqual([]);
    expect(speakerRecords('“Why now?” The question hung in the air.')).toEqual([]);
  });

  it('reads a forum handle as the speaker, and the post it was written in', () => {
    expect(speakerRecords('“I am trying the new route based on the maps,” wrote user river1984.')).toEqual([
      'user river1984: I am trying the new route based on the maps',
    ]);
    expect(speakerRecords('“It is our job to police the market,” river1984 wrote in a forum post.')).toEqual([
      'river1984: It is our job to police the market',
    ]);
  });
});
