import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';
import type { NameCandidate } from './rules.js';
import { definedTerms, withoutTerms } from './terms.js';
import { tokenize } from './tokenize.js';

const one = (text: string, word: string): NameCandidate => {
  const i = tokenize(text).findIndex((t) => t.text === word);
  return { first: i, last: i + 1, kind: 'organization', titled: false };
};

describe('definedTerms', () => {
  it('reads an acronym spelled by the lower-case words before its brackets, hyphenated parts included', () => {
    const text =
      'We measured the wall shear stress (WSS) and a low-noise amplifier (LNA). Later, the WSS rose and both LNAs failed.';
    expect([...definedTerms(tokenize(text))].sort()).toEqual(['LNA', 'WSS']);
  });

  it('leaves an acronym defined after capitalised words, or whose letters do not match', () => {
    const text = 'The Pacific Fisheries Council (PFC) met the river board (RVB) on Monday.';
    expect([...definedTerms(tokenize(text))]).toEqual([]);
  });
});

describe('withoutTerms', () => {
  it('drops every one-word mention of a defined term, plurals too, and keeps other names', () => {
    const text = 'Each wind turbine generator (WTG) was checked by Vestrom. Two WTGs stopped; the WTG was fixed.';
    const tokens = tokenize(text);
    const wtgs = tokens.map((t, i) => (t.text.startsWith('WTG') ? i : -1)).filter((i) => i >= 0);
    const candidates: NameCandidate[] = [
      ...wtgs.map((i) => ({ first: i, last: i + 1, kind: 'organization' as const, titled: false })),
      one(text, 'Vestrom'),
    ];
    expect(withoutTerms(tokens, candidates).map((c) => tokens[c.first]!.text)).toEqual(['Vestrom']);
  });

  it('keeps the acronym of a named body in the entities', () => {
    const text = 'The Pacific Fisheries Council (PFC) said on Monday that PFC inspectors had left.';
    const names = findEntities(text, []).flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end)));
    expect(names).toContain('Pacific Fisheries Council');
  });

  it('finds no organization in a defined term', () => {
    const text = 'The sea surface salinity (SSS) fell in March. Satellites map SSS daily, and SSS maps are public.';
    expect(findEntities(text, []).filter((e) => e.name === 'SSS')).toEqual([]);
  });
});
