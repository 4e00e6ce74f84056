import { describe, expect, it } from 'vitest';
import { mergeCandidates } from './chains.js';
import type { NameCandidate } from './rules.js';
import { tokenize } from './tokenize.js';

/** The kind of `word`'s entity in `text` with every occurrence of it read as one-word name of `kind`. */
const kindOf = (text: string, word: string, kind: NameCandidate['kind'] = 'person'): string | undefined => {
  const tokens = tokenize(text);
  const candidates: NameCandidate[] = tokens.flatMap((t, i) =>
    t.text === word ? [{ first: i, last: i + 1, kind, titled: false }] : [],
  );
  return mergeCandidates(text, tokens, candidates).find((e) => e.name === word)?.kind;
};

describe('mergeCandidates', () => {
  it('reads a one-word "person" that the text puts something in as an organization', () => {
    expect(kindOf('Why not buy Quarkfox? The best browser technology is in Quarkfox.', 'Quarkfox')).toBe(
      'organization',
    );
  });

  it('reads a one-word "person" named before its members as an organization', () => {
    expect(kindOf('Police arrested three Quorblex leaders on Monday.', 'Quorblex')).toBe('organization');
  });

  it('keeps a person put in a possessive or a citation, or never put in anything', () => {
    expect(kindOf("The motif recurs in Quarrender's prints.", 'Quarrender')).toBe('person');
    expect(kindOf('The term is defined in Quarrender (2004).', 'Quarrender')).toBe('person');
    expect(kindOf('The point is made in Quarrender and Pyle.', 'Quarrender')).toBe('person');
    expect(kindOf('Quarrender wrote back.', 'Quarrender')).toBe('person');
  });

  it('reads a small or unknown "place" that dies, keeps an office or is spoken to as a person', () => {
    expect(kindOf("Mourners gathered after Quarrender's death.", 'Quarrender', 'place')).toBe('person');
    expect(kindOf('Quarrender, you are the best!', 'Quarrender', 'place')).toBe('person');
    expect(kindOf("We met in Quarrender's old town hall.", 'Quarrender', 'place')).toBe('place');
    expect(kindOf("After London's death toll rose, Tokyo, you see, waited.", 'London', 'place')).toBe('place');
  });

  it('keeps a news agency credited in parentheses after a dateline apart from the place', () => {
    const text = 'VARNOSK (AFP) - Talks resumed. The Oslund Ferry Authority (OFA) and the IMF met.';
    const tokens = tokenize(text);
    const at = (w: string): number => tokens.findIndex((t) => t.text === w);
    const entities = mergeCandidates(text, tokens, [
      { first: at('VARNOSK'), last: at('VARNOSK') + 1, kind: 'place', titled: false },
      { first: at('AFP'), last: at('AFP') + 1, kind: 'organization', titled: false, strong: true },
      { first: at('Oslund'), last: at('Authority') + 1, kind: 'organization', titled: false, strong: true },
      { first: at('OFA'), last: at('OFA') + 1, kind: 'organization', titled: false },
      { first: at('IMF'), last: at('IMF') + 1, kind: 'organization', titled: false, strong: true },
    ]);
    expect(entities.map((e) => `${e.kind}:${e.mentions.map((m) => m.text).join('|')}`)).toEqual([
      'place:VARNOSK',
      'organization:AFP',
      'organization:Oslund Ferry Authority|OFA',
      'organization:IMF',
    ]);
  });
});
