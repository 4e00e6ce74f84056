import { describe, expect, it } from 'vitest';
import { speakerRecords } from './testing/records.js';

/** Sources by their nearness to someone a pronoun names: "people close to him" (noun-phrase.ts). */
describe('sources close to someone', () => {
  it('reads "close to him", "familiar with her" as the tail of the speaker phrase, not as its pronoun', () => {
    expect(speakerRecords('Two people close to him said he will not run.')).toEqual([
      'Two people close to him: he will not run',
    ]);
    expect(speakerRecords('Sources familiar with her said the memo was a forgery.')).toEqual([
      'Sources familiar with her: the memo was a forgery',
    ]);
    expect(speakerRecords('The man standing close to him said nothing.')).toEqual([]);
  });
});
