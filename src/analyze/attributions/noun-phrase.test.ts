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
});
