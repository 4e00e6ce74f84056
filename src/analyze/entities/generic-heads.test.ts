import { describe, expect, it } from 'vitest';
import type { Entity } from '../../vocabulary.js';
import { findEntities } from './entities.js';
import { withoutGenericHeads } from './generic-heads.js';
import { tokenize } from './tokenize.js';

const summary = (text: string): string[] => findEntities(text, []).map((e: Entity) => `${e.kind}:${e.name}`);

/** Each word of `words` as a one-word organization candidate; the words left after the filter. */
const kept = (text: string, words: string[]): string[] => {
  const tokens = tokenize(text);
  const candidates = words.map((w) => {
    const first = tokens.findIndex((t) => t.text === w);
    return { first, last: first + 1, kind: 'organization' as const, titled: false };
  });
  return withoutGenericHeads(tokens, candidates).map((c) => tokens[c.first]!.text);
};

describe('withoutGenericHeads', () => {
  it('reads a lone head word as no name', () => {
    expect(kept('Talks broke down. Union chair Ada Brennan said members would vote.', ['Union'])).toEqual([]);
    expect(kept('Friendly Service and fair prices! This College is a gem.', ['Service', 'College'])).toEqual([]);
    expect(summary('Talks broke down on Friday. Union chair Ada Brennan said members would vote.')).toEqual([
      'person:Ada Brennan',
    ]);
  });

  it('keeps the head after "the", before "of", and as a longer name of the text said short', () => {
    expect(kept('She sent her paper to the Academy in May.', ['Academy'])).toEqual(['Academy']);
    expect(kept('He worked for Office of the Mayor staff.', ['Office'])).toEqual(['Office']);
    const tokens = tokenize('The Harbour Pilots Union struck. Union chair Ada Brennan spoke.');
    const union = tokens.findIndex((t, i) => i > 3 && t.text === 'Union');
    const out = withoutGenericHeads(tokens, [
      { first: 1, last: 4, kind: 'organization', titled: false },
      { first: union, last: union + 1, kind: 'organization', titled: false },
    ]);
    expect(out).toHaveLength(2);
  });
});
