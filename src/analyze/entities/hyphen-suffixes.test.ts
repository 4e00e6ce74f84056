import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';

/** Each mention as "kind:text", in order of the text. */
const mentions = (text: string): string[] =>
  findEntities(text, [])
    .flatMap((e) => e.mentions.map((m) => ({ at: m.start, s: `${e.kind}:${m.text}` })))
    .sort((a, b) => a.at - b.at)
    .map((m) => m.s);

describe('a name before a hyphen and a lower-case suffix ("Toronto-based")', () => {
  it('is a mention of its own', () => {
    expect(mentions('She joined a Toronto-based lender after years at a Google-owned lab.')).toEqual([
      'place:Toronto',
      'organization:Google',
    ]);
    expect(mentions('Our New York-based team flies out on Monday.')).toEqual(['place:New York']);
  });
});
