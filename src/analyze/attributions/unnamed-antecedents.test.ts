import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences/sentences.js';
import { findEntities } from '../entities/entities.js';
import { findAttributions } from './attributions.js';

function records(text: string): string[] {
  const sentences = splitSentences(text);
  return findAttributions(text, sentences, findEntities(text, sentences))
    .filter((a) => a.speaker)
    .map((a) => `${a.speaker!.name}: ${a.content}`);
}

describe('a pronoun goes on with an unnamed description that just spoke', () => {
  it('gives "he" the role noun that spoke before it when no one is named', () => {
    const t =
      'The minister said the harbor talks had stalled. He blamed the ferry operators for walking out, ' +
      'and said a new round could open within weeks.';
    expect(records(t)).toEqual([
      'minister: the harbor talks had stalled',
      'minister: the ferry operators for walking out',
      'minister: a new round could open within weeks',
    ]);
  });

  it('gives "it" the document that spoke before it', () => {
    const t =
      'The audit found that the county had paid for 40 road repairs twice. It also found that two warnings had been ignored.';
    expect(records(t)).toEqual([
      'audit: the county had paid for 40 road repairs twice',
      'audit: two warnings had been ignored',
    ]);
  });

  it('keeps a named person first, and a plural description out of "he"', () => {
    const named =
      'A witness said the van had no plates. Officer Lena Marsh said she saw it leave. She said it was grey.';
    expect(records(named).at(-1)).toBe('Lena Marsh: it was grey');
    const plural = 'The nurses said the ward was short of staff. He said the rota had been cut.';
    expect(records(plural).at(-1)).not.toMatch(/^nurses/);
  });
});
