import { describe, expect, it } from 'vitest';
import { withoutPraise } from './praise.js';
import { phraseOf, type NameCandidate } from './rules.js';
import { tokenize } from './tokenize.js';

/** `names` as candidates of `kind`; the names kept. */
const kept = (text: string, names: string[], kind: NameCandidate['kind'] = 'person'): string[] => {
  const tokens = tokenize(text);
  let from = 0;
  const candidates: NameCandidate[] = names.map((n) => {
    const words = n.split(' ');
    let first = from;
    while (phraseOf(tokens, first, first + words.length) !== n) first++;
    from = first + words.length;
    return { first, last: from, kind, titled: false };
  });
  return withoutPraise(tokens, candidates).map((c) => phraseOf(tokens, c.first, c.last));
};

describe('withoutPraise', () => {
  it('drops names that open with praise or blame', () => {
    expect(kept('Excellent Tacos!! Fast and Cheap too.', ['Excellent Tacos', 'Cheap'])).toEqual([]);
    expect(kept('Terrible Service, Awful Manager.', ['Terrible Service', 'Awful Manager'], 'organization')).toEqual([]);
  });

  it('keeps known names that open with such a word', () => {
    expect(
      kept(
        'We flew to Great Britain and saw the Great Lakes Aquarium.',
        ['Great Britain', 'Great Lakes Aquarium'],
        'place',
      ),
    ).toEqual(['Great Britain', 'Great Lakes Aquarium']);
  });
});
