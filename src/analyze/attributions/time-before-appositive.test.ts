import { describe, expect, it } from 'vitest';
import { speakerRecords } from './testing/records.js';

/** A time phrase put first with no comma before a subject with an appositive (patterns.ts appositiveSubject). */
describe('a time phrase before an appositive subject', () => {
  const quote = '“The bridge stays shut until spring.”';

  it('takes the subject after the time phrase as speaker, as with a comma', () => {
    for (const time of ['On Tuesday', 'On Tuesday,', 'Last month', 'In 2021', 'This year', 'Earlier this week'])
      expect(speakerRecords(`${time} Olga Brandt, a spokeswoman for the county, said: ${quote}`)).toEqual([
        'Olga Brandt: The bridge stays shut until spring',
      ]);
  });

  it('works after a first sentence and with a one-word name', () => {
    expect(speakerRecords(`Snow fell overnight. On Friday Brandt, the county engineer, said: ${quote}`)).toEqual([
      'Brandt: The bridge stays shut until spring',
    ]);
  });

  it('keeps the subject with no appositive', () => {
    expect(speakerRecords(`On Tuesday Olga Brandt said: ${quote}`)).toEqual([
      'Olga Brandt: The bridge stays shut until spring',
    ]);
  });
});
