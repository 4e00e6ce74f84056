import { describe, expect, it } from 'vitest';
import { lowerCasePlaces } from './lower-places.js';
import { tokenize } from './tokenize.js';
import { phraseOf } from './rules.js';

const read = (text: string): string[] => {
  const tokens = tokenize(text);
  return lowerCasePlaces(tokens, []).map((c) => `${c.kind}:${phraseOf(tokens, c.first, c.last)}`);
};

describe('lowerCasePlaces', () => {
  it('reads lower-case countries, and regions and cities in a place context, as places', () => {
    expect(read('we flew from peru to lima and cusco, back in nevada by june. how is norway?')).toEqual([
      'place:peru',
      'place:lima',
      'place:cusco',
      'place:nevada',
      'place:norway',
    ]);
  });

  it('reads a city right before its state, and keeps a lower-case place word after the name', () => {
    expect(read('she moved to dallas texas last year; the boats in tampa bay are cheap')).toEqual([
      'place:dallas',
      'place:texas',
      'place:tampa bay',
    ]);
  });

  it('leaves ordinary words, pronouns and names without a place context alone', () => {
    expect(
      read('a nice dinner for us, reading on the west side with a piece of china; the natal chart of austin'),
    ).toEqual([]);
  });
});
