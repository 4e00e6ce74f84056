import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';

/** Each mention as "kind:text", in order of the text. */
const mentions = (text: string): string[] =>
  findEntities(text, [])
    .flatMap((e) => e.mentions.map((m) => ({ at: m.start, s: `${e.kind}:${m.text}` })))
    .sort((a, b) => a.at - b.at)
    .map((m) => m.s);

describe('letters glued to a currency sign', () => {
  it('are part of the amount, no place', () => {
    expect(mentions('The bridge in Ghana cost US$ 40 million, and the ferry HK$5 a ride.')).toEqual(['place:Ghana']);
  });

  it('leave the country named elsewhere', () => {
    expect(mentions('Exports to the US rose; they earned US$ 3 billion.')).toEqual(['place:US']);
  });
});
