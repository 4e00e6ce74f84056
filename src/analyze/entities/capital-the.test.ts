import { describe, expect, it } from 'vitest';
import { capitalThe } from './capital-the.js';
import { findEntities } from './entities.js';
import { phraseOf, type NameCandidate } from './rules.js';
import { tokenize } from './tokenize.js';

/** The mentions of organizations and places found in `text`. */
const mentions = (text: string): string[] =>
  findEntities(text, [])
    .filter((e) => e.kind === 'organization' || e.kind === 'place')
    .flatMap((e) => e.mentions.map((m) => m.text));

/** `name` as a candidate of `kind` in `text`; its words after capitalThe. */
const read = (text: string, name: string, kind: NameCandidate['kind']): string => {
  const tokens = tokenize(text);
  const words = name.split(' ').length;
  let first = 0;
  while (phraseOf(tokens, first, first + words) !== name) first++;
  const [c] = capitalThe(tokens, [{ first, last: first + words, kind, titled: false }]);
  return phraseOf(tokens, c!.first, c!.last);
};

describe('capitalThe', () => {
  it('joins a capital "The" inside a sentence to the name after it', () => {
    expect(mentions('My grant came from The Lindqvist Foundation last spring.')).toEqual(['The Lindqvist Foundation']);
    expect(read('we stayed at The Harbour Lodge for a week', 'Harbour Lodge', 'place')).toBe('The Harbour Lodge');
  });

  it('leaves "The" opening a sentence, on a title-cased line, and before a person', () => {
    expect(read('The Lindqvist Foundation paid for it.', 'Lindqvist Foundation', 'organization')).toBe(
      'Lindqvist Foundation',
    );
    expect(read('Thanks For The Harbour Lodge Stay', 'Harbour Lodge', 'place')).toBe('Harbour Lodge');
    expect(read('we watched The Rock in a film', 'Rock', 'person')).toBe('Rock');
  });
});
