import { describe, expect, it } from 'vitest';
import { withoutFieldLabels } from './labels.js';
import { phraseOf, type NameCandidate } from './rules.js';
import { tokenize } from './tokenize.js';

const read = (text: string, spans: [string, number][]): string[] => {
  const tokens = tokenize(text);
  const candidates: NameCandidate[] = spans.map(([word, n]) => {
    const first = tokens.findIndex((t) => t.text === word);
    return { first, last: first + n, kind: 'person', titled: false };
  });
  return withoutFieldLabels(tokens, candidates).map((c) => phraseOf(tokens, c.first, c.last));
};

describe('withoutFieldLabels', () => {
  it("cuts a field label that runs on from a person's name to a colon", () => {
    expect(
      read('Regards, Helen Varga Direct Line: 555-0100. Thanks, Oscar Attendees: Ann Lee, Tom Reyes.', [
        ['Helen', 4],
        ['Oscar', 2],
        ['Ann', 2],
      ]),
    ).toEqual(['Helen Varga', 'Oscar', 'Ann Lee']);
  });

  it('leaves a name before a colon alone when no label follows it, or when it opens with no given name', () => {
    expect(
      read('Notes from Maria Keller: all fine. Signed by Velgan Direct: none.', [
        ['Maria', 2],
        ['Velgan', 2],
      ]),
    ).toEqual(['Maria Keller', 'Velgan Direct']);
  });
});
