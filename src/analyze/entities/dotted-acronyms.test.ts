import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';

/** Each mention as "kind:text", in order of the text. */
const mentions = (text: string): string[] =>
  findEntities(text, [])
    .flatMap((e) => e.mentions.map((m) => ({ at: m.start, s: `${e.kind}:${m.text}` })))
    .sort((a, b) => a.at - b.at)
    .map((m) => m.s);

describe('a dotted acronym without its last period', () => {
  it('is one place, not a stray capital letter', () => {
    expect(mentions('Shipping to the U.S takes two weeks, my cousin in the U.K says.')).toEqual([
      'place:U.S',
      'place:U.K',
    ]);
    expect(mentions('The U.S embassy in Lima closed early.')).toContain('place:U.S');
  });
});
