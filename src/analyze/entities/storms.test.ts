import { describe, expect, it } from 'vitest';
import { phraseOf, type NameCandidate } from './rules.js';
import { stormNames } from './storms.js';
import { tokenize } from './tokenize.js';

describe('stormNames', () => {
  it('reads the other names of a storm the text names with its storm word as other', () => {
    const text =
      'Typhoon Merlo neared land. By noon T S Merlo had weakened, and Merlo moved north. Dr Ana Merlo spoke.';
    const tokens = tokenize(text);
    const at = (words: string, from = 0): NameCandidate => {
      const n = words.split(' ').length;
      let first = from;
      while (phraseOf(tokens, first, first + n) !== words) first++;
      return { first, last: first + n, kind: 'person', titled: false };
    };
    const storm = { ...at('Typhoon Merlo'), kind: 'other' as const };
    const ts = at('T S Merlo');
    const bare = at('Merlo', ts.last);
    const doctor = { ...at('Ana Merlo'), titled: true };
    expect(stormNames(tokens, [storm, ts, bare, doctor]).map((c) => c.kind)).toEqual([
      'other',
      'other',
      'other',
      'person',
    ]);
    expect(stormNames(tokens, [ts, bare]).map((c) => c.kind)).toEqual(['person', 'person']);
  });
});
