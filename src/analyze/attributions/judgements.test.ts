import { describe, expect, it } from 'vitest';
import { findEntities } from '../entities/entities.js';
import { splitSentences } from '../sentences/sentences.js';
import { findAttributions } from './attributions.js';

const records = (text: string): string[] =>
  findAttributions(text, splitSentences(text), findEntities(text, []))
    .filter((a) => a.speaker)
    .map((a) => `${a.speaker!.name}: ${a.content}`);

describe('judgement cues in a sentence', () => {
  it('folds a judgement and the other cues of its subject in one sentence into one record', () => {
    expect(records('The unions viewed the plan as a betrayal and said that they would strike on Monday.')).toEqual([
      'unions: the plan as a betrayal and said that they would strike on Monday',
    ]);
    expect(
      records(
        'Opponents regarded the boycott as hypocritical, and felt that users should not be punished, and suspected ' +
          'that it was a stunt.',
      ),
    ).toEqual([
      'Opponents: the boycott as hypocritical, and felt that users should not be punished, and suspected that it ' +
        'was a stunt',
    ]);
  });

  it('keeps apart the records of another subject in the same sentence', () => {
    expect(
      records('The unions viewed the plan as a betrayal, but the minister said that the talks would go on.'),
    ).toHaveLength(2);
  });

  it('makes no record of a view that only names a thing after "what", and one after a relative "which"', () => {
    expect(records('The party came under fire for what many voters viewed as a betrayal of its promises.')).toEqual([]);
    expect(records('Privacy, which the company views as a basic right, is built into its phones.')).toHaveLength(1);
  });
});
