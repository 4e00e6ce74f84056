import { describe, expect, it } from 'vitest';
import { articleNames } from './article-names.js';
import { phraseOf } from './rules.js';
import { tokenize } from './tokenize.js';

const added = (text: string): string[] => {
  const tokens = tokenize(text);
  return articleNames(tokens, []).map((c) => `${c.kind}:${phraseOf(tokens, c.first, c.last)}`);
};

describe('articleNames', () => {
  it('reads lower-case Arabic articles and "bin" before a capitalised name as names', () => {
    expect(added('Villagers said al-Qaida fighters left, and al-Hakimi said the road was open.')).toEqual([
      'organization:al-Qaida',
      'person:al-Hakimi',
    ]);
    expect(added('Some still look to bin Rashid for advice.')).toEqual(['person:bin Rashid']);
  });

  it('leaves unknown article names with no speech verb, and a bin that is a container', () => {
    expect(added('They drove through al-Mansour at night.')).toEqual([]);
    expect(added('Put it in the bin Tuesday.')).toEqual([]);
  });
});
