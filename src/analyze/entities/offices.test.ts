import { describe, expect, it } from 'vitest';
import { officesOf } from './offices.js';
import { phraseOf, type NameCandidate } from './rules.js';
import { tokenize } from './tokenize.js';

const at = (text: string, word: string, n = 1): number => {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.text === word);
  return i + n - 1;
};
const spans = (text: string, out: NameCandidate[]): string[] => {
  const tokens = tokenize(text);
  return out.map((c) => `${c.kind}${c.nested ? '(nested)' : ''}:${phraseOf(tokens, c.first, c.last)}`);
};

describe('officesOf', () => {
  it('makes "<Office> of [the] <place>" one person mention and keeps the place nested', () => {
    const text = 'He named himself Emperor of the United States in 1859.';
    const us = at(text, 'United');
    const out = officesOf(tokenize(text), [{ first: us, last: us + 2, kind: 'place', titled: false }]);
    expect(spans(text, out)).toEqual(['person:Emperor of the United States', 'place(nested):United States']);
    expect(out[0]!.office).toBe(true);
  });

  it('leaves a post in a firm alone: a senior, vice or executive office of an organization', () => {
    const text = 'Dana Pryor, Senior Vice President of Norlake Gas, Inc. called.';
    const firm = at(text, 'Norlake');
    const out = officesOf(tokenize(text), [{ first: firm, last: firm + 4, kind: 'organization', titled: false }]);
    expect(spans(text, out)).toEqual(['organization:Norlake Gas , Inc.']);
  });

  it('replaces a person read on the office word alone', () => {
    const text = 'The Chairman of the Australian Centre spoke.';
    const ch = at(text, 'Chairman');
    const au = at(text, 'Australian');
    const out = officesOf(tokenize(text), [
      { first: ch, last: ch + 1, kind: 'person', titled: false },
      { first: au, last: au + 2, kind: 'organization', titled: false },
    ]);
    expect(spans(text, out)).toEqual([
      'person:Chairman of the Australian Centre',
      'organization(nested):Australian Centre',
    ]);
  });

  it('leaves the place alone when a name follows the office, the office word is lower case or no office', () => {
    for (const text of [
      'The Governor of California Gavin Newsom signed it.',
      'She became governor of California in 2003.',
      'The Bank of England raised rates.',
    ]) {
      const first = at(text, text.includes('England') ? 'England' : 'California');
      const place: NameCandidate = { first, last: first + 1, kind: 'place', titled: false };
      expect(officesOf(tokenize(text), [place])).toEqual([place]);
    }
  });

  it('leaves an office inside a longer name to that name', () => {
    const text = 'John FitzGibbon Earl of Clare wrote.';
    const john = at(text, 'John');
    const clare = at(text, 'Clare');
    const cands: NameCandidate[] = [
      { first: john, last: john + 3, kind: 'person', titled: false },
      { first: clare, last: clare + 1, kind: 'place', titled: false },
    ];
    expect(officesOf(tokenize(text), cands)).toEqual(cands);
  });

  it('reads a name that opens with an office over a place as a person, a longer rest as no office', () => {
    const text = 'Her cousin, the 4th Baron of Quellmoor, rode past the Duke of Leeds and the Prince of Tyre Hospital.';
    const tokens = tokenize(text);
    const name = (from: string, to: string): NameCandidate => ({
      first: at(text, from),
      last: at(text, to) + 1,
      kind: 'organization',
      titled: false,
    });
    const out = officesOf(tokens, [name('4th', 'Quellmoor'), name('Duke', 'Leeds'), name('Prince', 'Hospital')]);
    expect(spans(text, out)).toEqual([
      'person:4th Baron of Quellmoor',
      'person:Duke of Leeds',
      'organization:Prince of Tyre Hospital',
    ]);
  });
});
