import { describe, expect, it } from 'vitest';
import { MAX_NAME_KEYS, wholeWordMatches } from './name-match.js';

describe('wholeWordMatches', () => {
  it('gives the typed name, then the names holding its words whole', () => {
    const names = ['lena ortiz', 'lenard voss', 'ortiz', 'ana lena-berg', 'helena ortiz'];
    expect(wholeWordMatches('ortiz', names)).toEqual(['ortiz', 'helena ortiz', 'lena ortiz']);
    expect(wholeWordMatches('lena', names)).toEqual(['lena', 'ana lena-berg', 'lena ortiz']);
    expect(wholeWordMatches('lena ortiz', names)).toEqual(['lena ortiz']);
    expect(wholeWordMatches('ena', names)).toEqual(['ena']);
  });

  it('treats regular-expression characters as characters and caps the names', () => {
    expect(wholeWordMatches('a.b', ['axb', 'a.b corp'])).toEqual(['a.b', 'a.b corp']);
    const many = Array.from({ length: MAX_NAME_KEYS + 5 }, (_, i) => `new town ${i}`);
    expect(wholeWordMatches('new', many)).toHaveLength(MAX_NAME_KEYS);
  });
});
