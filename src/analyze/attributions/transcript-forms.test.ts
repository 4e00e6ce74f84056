import { describe, expect, it } from 'vitest';
import { findEntities } from '../entities/entities.js';
import { splitSentences } from '../sentences/sentences.js';
import { findAttributions } from './attributions.js';

/** Speaker name and content of each record with a speaker. */
const records = (text: string): string[] =>
  findAttributions(text, splitSentences(text), findEntities(text, []))
    .filter((a) => a.speaker)
    .map((a) => `${a.speaker!.name}: ${a.content}`);

describe('forms of spoken registers (hearings, interviews) read in news copy', () => {
  it('gives no record to "I" or "you" fused with an auxiliary, as to "I" and "you" alone', () => {
    expect(records("The only thing I'll say to this is that the rule still works.")).toEqual([]);
    expect(records("You'll note that the station stays open on Sundays.")).toEqual([]);
    expect(records("I've said that the bridge is safe.")).toEqual([]);
  });

  it('still reads "he", "she", "we" and "they" fused with an auxiliary as the speaker', () => {
    expect(records("Mayor Tom Driscoll arrived late. He'd warned that the budget was short.")).toEqual([
      'Tom Driscoll: the budget was short',
    ]);
  });
});
