import { describe, expect, it } from 'vitest';
import { propagate } from './spans.js';
import { tokenize } from './tokenize.js';

describe('propagate', () => {
  it('replaces a shorter name found inside a later whole occurrence of a found name', () => {
    const tokens = tokenize('Heaven Sent Gaming met. What is Heaven Sent Gaming?');
    expect(tokens[7]!.text).toBe('Heaven');
    const out = propagate(tokens, [
      { first: 0, last: 3, kind: 'organization', titled: false },
      { first: 8, last: 10, kind: 'person', titled: false },
    ]);
    expect(out.map((c) => [c.first, c.last, c.kind])).toEqual([
      [0, 3, 'organization'],
      [7, 10, 'organization'],
    ]);
  });

  it('adds a later bare surname of a found person, even after a capitalised function word', () => {
    const tokens = tokenize('Lord Byron wrote. In Byron letters were kept.');
    const out = propagate(tokens, [{ first: 1, last: 2, kind: 'person', titled: true, titleFrom: 0 }], new Set([4]));
    expect(out.map((c) => tokens[c.first]!.text)).toEqual(['Byron', 'Byron']);
  });
});
