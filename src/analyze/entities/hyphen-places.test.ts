import { describe, expect, it } from 'vitest';
import type { Entity } from '../../vocabulary.js';
import { findEntities } from './entities.js';
import { hyphenatedPlaces } from './hyphen-places.js';
import { tokenize } from './tokenize.js';

const kindOf = (word: string): string => {
  const tokens = tokenize(word);
  return hyphenatedPlaces(tokens, [{ first: 0, last: 1, kind: 'organization', titled: false }])[0]!.kind;
};

describe('hyphenatedPlaces', () => {
  it('reads a name joined by hyphens around a lower-case joining word as a place', () => {
    for (const w of ['Bouches-du-Rhône', 'Saint-Martin-de-la-Place', 'Southend-on-Sea', 'Frankfurt-am-Main'])
      expect(kindOf(w)).toBe('place');
    const text = 'Crews from the Bouches-du-Rhône fire service worked overnight.';
    expect(findEntities(text, []).map((e: Entity) => `${e.kind}:${e.mentions[0]?.text}`)).toEqual([
      'place:Bouches-du-Rhône',
    ]);
  });

  it('leaves hyphenated names without a joining word', () => {
    for (const w of ['Jean-Marie', 'Coca-Cola', 'Seine-Saint-Denis']) expect(kindOf(w)).toBe('organization');
  });
});
