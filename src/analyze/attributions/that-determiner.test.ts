import { describe, expect, it } from 'vitest';
import { findEntities } from '../entities/entities.js';
import { splitSentences } from '../sentences/sentences.js';
import { findAttributions } from './attributions.js';

function contents(text: string): string[] {
  const sentences = splitSentences(text);
  return findAttributions(text, sentences, findEntities(text, sentences)).map((a) => a.content);
}

describe('"that" right after a cue', () => {
  it('is a determiner when no verb follows it in the sentence: no record', () => {
    expect(contents('Tomas Okafor knew that man well.')).toEqual([]);
    expect(contents('Greta Lindqvist noted that bill in her speech.')).toEqual([]);
    expect(contents('Greta Lindqvist mentioned that budget twice.')).toEqual([]);
  });

  it('opens a clause when a verb follows, regular or irregular', () => {
    expect(contents('Tomas Okafor said that prices grew.')).toEqual(['prices grew']);
    expect(contents('Greta Lindqvist believes that voters deserve better.')).toEqual(['voters deserve better']);
    expect(contents('Tomas Okafor noted that turnout plummeted.')).toEqual(['turnout plummeted']);
  });
});

describe('"that" before an article or a verb in -s', () => {
  it('reads a clause', () => {
    expect(contents('Early tests by Kestrel Labs reveal that the engine runs hot.')).toEqual(['the engine runs hot']);
    expect(contents('Tomas Okafor said that turnout slumps.')).toEqual(['turnout slumps']);
    expect(contents('A study by Kestrel Labs concluded that shoppers pay.')).toEqual(['shoppers pay']);
    expect(contents('Tomas Okafor said that we lost.')).toEqual(['we lost']);
  });
});
