import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';

const mentions = (text: string): string[] =>
  findEntities(text, []).flatMap((e) => e.mentions.map((m) => `${e.kind}:${text.slice(m.start, m.end)}`));

describe('ampersandNames', () => {
  it('joins the names around an ampersand into one firm', () => {
    expect(mentions('Our mechanic at Tolbert & Sons was honest with us.')).toEqual(['organization:Tolbert & Sons']);
    expect(mentions('I wrote to Quayle & Marsh about the lease.')).toEqual(['organization:Quayle & Marsh']);
    expect(mentions('Brunch at Fennick & Rowe Yarns was fun.')).toEqual(['organization:Fennick & Rowe Yarns']);
  });

  it('leaves two given names, a citation and a heading as they were', () => {
    expect(mentions('We watched Tom & Jerry again.')).toEqual(['person:Tom', 'person:Jerry']);
    expect(mentions('as was shown by Hale & Ostrow (2011).').some((m) => m.includes('&'))).toBe(false);
    expect(mentions('We Fix Roofs Gutters Windows & Siding Problems.').some((m) => m.includes('&'))).toBe(false);
  });

  it('leaves two towns of note as two places, but joins small ones as partners', () => {
    expect(mentions('The night bus runs from Leeds & Bradford to the coast.')).toEqual([
      'place:Leeds',
      'place:Bradford',
    ]);
    expect(mentions('We met at Barnes & Noble for coffee.')).toEqual(['organization:Barnes & Noble']);
  });
});
