import { describe, expect, it } from 'vitest';
import { findEntities } from '../entities/entities.js';
import { splitSentences } from '../sentences/sentences.js';
import { findAttributions } from './attributions.js';

const speakerTexts = (text: string): string[] =>
  findAttributions(text, splitSentences(text), findEntities(text, []))
    .filter((a) => a.speaker)
    .map((a) => a.speaker!.text);

describe('speaker phrases', () => {
  it('starts a speaker phrase after a dash printed without spaces inside the word before it', () => {
    expect(
      speakerTexts(
        'They hid the true extent of the outbreak—and city officials acknowledged that the count was higher.',
      ),
    ).toEqual(['city officials']);
    expect(
      speakerTexts(
        'The deal was loose from the very beginning–perhaps both founders thought that a handshake would do.',
      ),
    ).toEqual(['both founders']);
  });

  it('reads indefinite people as anonymous speakers, an approximator before "everyone" in the phrase', () => {
    const speakers = (text: string) =>
      findAttributions(text, splitSentences(text), findEntities(text, []))
        .filter((a) => a.speaker)
        .map((a) => [a.speaker!.text, a.speaker!.anonymous]);
    expect(speakers('But, just about everyone has urged me to comment on the dispute.')).toEqual([
      ['just about everyone', true],
    ]);
    expect(speakers('Nearly everybody agreed that the plan was sound.')).toEqual([['Nearly everybody', true]]);
    expect(speakers('Many said the plan was flawed.')).toEqual([['Many', true]]);
    // An adverb of degree is no speaker: "that which it most fears".
    expect(speakers('The party is more vulnerable to that which it most fears: open dissent.')).toEqual([]);
  });
});
