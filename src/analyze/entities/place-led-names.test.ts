import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';
import { placeLedNames } from './place-led-names.js';
import { phraseOf, type NameCandidate } from './rules.js';
import { tokenize } from './tokenize.js';

/** Each mention as "kind:text", in order of the text. */
const mentions = (text: string): string[] =>
  findEntities(text, [])
    .flatMap((e) => e.mentions.map((m) => ({ at: m.start, s: `${e.kind}:${m.text}` })))
    .sort((a, b) => a.at - b.at)
    .map((m) => m.s);

describe('a body named after its city, then called without it', () => {
  it('is the organization after "the"', () => {
    expect(mentions('Ortiz signed with the Boston Red Foxes in May and has pitched for the Red Foxes since.')).toEqual([
      'person:Ortiz',
      'organization:Boston Red Foxes',
      'place:Boston',
      'organization:Red Foxes',
    ]);
  });

  it('is not found without "the"', () => {
    expect(mentions('The Boston Red Foxes lost, and Red Foxes fans left early.')).not.toContain(
      'organization:Red Foxes',
    );
  });

  it("is not the head word of a body, which may be another's", () => {
    const text = 'The Lisbon City Council met, and the City Council of Porto too.';
    const tokens = tokenize(text);
    const at = (phrase: string): number =>
      tokens.findIndex((_, k) => phraseOf(tokens, k, k + phrase.split(' ').length) === phrase);
    const candidates: NameCandidate[] = [
      { first: at('Lisbon'), last: at('Lisbon') + 3, kind: 'organization', titled: false },
      { first: at('Lisbon'), last: at('Lisbon') + 1, kind: 'place', titled: false, nested: true },
    ];
    expect(placeLedNames(tokens, candidates)).toHaveLength(2);
  });
});
