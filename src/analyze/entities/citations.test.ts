import { describe, expect, it } from 'vitest';
import { citedAuthors } from './citations.js';
import { phraseOf, type NameCandidate } from './rules.js';
import { tokenize } from './tokenize.js';

const names = (text: string, candidates: NameCandidate[] = []): string[] => {
  const tokens = tokenize(text);
  return citedAuthors(tokens, candidates).map((c) => `${c.kind}:${phraseOf(tokens, c.first, c.last)}`);
};

describe('citedAuthors', () => {
  it('makes every author of a bracketed author-year list a person, across ";" and "&"', () => {
    expect(names('Sleep helps recall (Okafor, Lindgren, & Petrov, 2014; Haas & Moretti, 2019).')).toEqual([
      'person:Okafor',
      'person:Lindgren',
      'person:Petrov',
      'person:Haas',
      'person:Moretti',
    ]);
  });

  it('reads a list after "e.g.", "see" or "cf." inside the bracket', () => {
    expect(
      names('Training helps (e.g. Quill-Harper et al., 2015; see Okafor and Haas, 2016; cf. Lindt et al., 2001).'),
    ).toEqual(['person:Quill-Harper', 'person:Okafor', 'person:Haas', 'person:Lindt']);
  });

  it('reads "et al." and surnames with particles', () => {
    expect(names('as reported before (Brandvold et al., 2011; van der Kolk and Tamsin, 2003b).')).toEqual([
      'person:Brandvold',
      'person:van der Kolk',
      'person:Tamsin',
    ]);
  });

  it('reads two authors or more before a bare year in running text, but no title or footnote', () => {
    expect(names('as Marsh and Okonkwo 2018 argued, unlike Imagine Me and You (2006) or Leeds and York [4].')).toEqual([
      'person:Marsh',
      'person:Okonkwo',
    ]);
  });

  it('replaces another reading of an author, and leaves a lone author-year and a place and a date alone', () => {
    const text = 'Rivers rose (Calder & Wynn, 2008). See (Mulvey, 2016). He left Lisbon, 2010 was hard.';
    const tokens = tokenize(text);
    const wynn = tokens.findIndex((t) => t.text === 'Wynn');
    const lisbon = tokens.findIndex((t) => t.text === 'Lisbon');
    expect(
      names(text, [
        { first: wynn, last: wynn + 1, kind: 'place', titled: false },
        { first: lisbon, last: lisbon + 1, kind: 'place', titled: false },
      ]),
    ).toEqual(['person:Calder', 'person:Wynn', 'place:Lisbon']);
  });
});
