import { describe, expect, it } from 'vitest';
import { speakerRecords } from './testing/records.js';

/** A colon frame whose subject carries a "who" clause (colon-frames.ts). */
describe('colon frames with a relative clause in the subject', () => {
  it('reads the subject past its "who" clause to the frame verb', () => {
    expect(
      speakerRecords('One councillor who opposes the plan put it bluntly: “The road cannot take more cars.”'),
    ).toEqual(['One councillor: The road cannot take more cars']);
    expect(speakerRecords('A woman who lives nearby has a garden: “It is full of roses every summer.”')).toEqual([]);
  });
});
