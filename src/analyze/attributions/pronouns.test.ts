import { describe, expect, it } from 'vitest';
import { findEntities } from '../entities/entities.js';
import { splitSentences } from '../sentences/sentences.js';
import { findAttributions } from './attributions.js';

const speakers = (text: string): string[] =>
  findAttributions(text, splitSentences(text), findEntities(text, [])).map((a) => a.speaker?.name ?? '-');

describe('pronoun speakers', () => {
  it('gives "she" to the woman named earlier, not to the nearer man, by their given names', () => {
    const text =
      'Stephanie Grisham spoke to reporters after Kurt Volker left the building. She said the meeting was over.';
    expect(speakers(text)).toEqual(['Stephanie Grisham']);
  });

  it('lets evidence beat a given name: with no one else to take "he", a name read as female still takes it', () => {
    // The lexicon files "Kim" as a female given name; in "Kim Jong Un" it is the family name.
    const text = 'Kim Jong Un arrived in the city by train on Tuesday. He said the visit would deepen ties.';
    expect(speakers(text)).toEqual(['Kim Jong Un']);
  });
});
