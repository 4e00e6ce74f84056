import { describe, expect, it } from 'vitest';
import type { Entity } from '../../vocabulary.js';
import { findEntities } from './entities.js';
import { townsReadAsPeople } from './towns-as-people.js';
import { phraseOf, type NameCandidate } from './rules.js';
import { tokenize } from './tokenize.js';

/** `people` as one-word person candidates (`titled` when given as "+Word"); the result as "kind:words". */
const read = (text: string, people: string[]): string[] => {
  const tokens = tokenize(text);
  let from = 0;
  const candidates: NameCandidate[] = people.map((p) => {
    const titled = p.startsWith('+');
    const words = p.replace('+', '').split(' ');
    let first = from;
    while (phraseOf(tokens, first, first + words.length) !== words.join(' ')) first++;
    from = first + words.length;
    return { first, last: from, kind: 'person', titled };
  });
  return townsReadAsPeople(tokens, candidates).map((c) => `${c.kind}:${phraseOf(tokens, c.first, c.last)}`);
};

describe('townsReadAsPeople', () => {
  it('reads a town the tagger took for a person after a preposition of place as a place, every mention of it', () => {
    expect(
      read('Roads reopened in parts of Martigues. Martigues schools stay shut.', ['Martigues', 'Martigues']),
    ).toEqual(['place:Martigues', 'place:Martigues']);
    const text = 'Ferries left the harbour of Sète at dawn.\n\nPrefect Lena Vidal said the boats were safe.';
    expect(findEntities(text, []).map((e: Entity) => `${e.kind}:${e.name}`)).toContain('place:Sète');
  });

  it('leaves words the lexicon knows, a person named with the word, and "to"', () => {
    expect(read('He prayed in God for years.', ['God'])).toEqual(['person:God']);
    expect(read('Lena Martigues spoke. Her aides met in Martigues.', ['Lena Martigues', 'Martigues'])).toEqual([
      'person:Lena Martigues',
      'person:Martigues',
    ]);
    expect(read('The award went to Martigues.', ['Martigues'])).toEqual(['person:Martigues']);
  });
});
