import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences/sentences.js';
import { findEntities } from '../entities/entities.js';
import { findAttributions } from './attributions.js';

function speakers(text: string): string[] {
  const sentences = splitSentences(text);
  return findAttributions(text, sentences, findEntities(text, sentences)).map((a) => a.speaker?.name ?? '-');
}

describe('a definite body goes back to the speaker whose name carries its head', () => {
  it('reads "the ministry" as the ministry named before, past an outlet named since', () => {
    const t =
      'The Harbor Ministry of Veland said 12 ships were held. In a statement to the Courier, the ministry said ' +
      'the port would reopen on Monday.';
    expect(speakers(t)).toEqual(['Harbor Ministry of Veland', 'Harbor Ministry of Veland']);
  });

  it('leaves "the ministry" a description when no speaker’s name carries the word', () => {
    const t = 'In a statement to the Courier, the ministry said the port would reopen on Monday.';
    expect(speakers(t)).toEqual(['ministry']);
  });

  it('reads "the lender" as the bank named before', () => {
    expect(
      speakers('Grenmoor Bank said it would cut 300 jobs. The lender said the cuts would save $40 million.'),
    ).toEqual(['Grenmoor Bank', 'Grenmoor Bank']);
  });
});
