import { describe, expect, it } from 'vitest';
import { initialsOfPeople, insideLonger } from './initials.js';
import { phraseOf, type NameCandidate } from './rules.js';
import { tokenize } from './tokenize.js';

const spans = (text: string, candidates: (tokens: ReturnType<typeof tokenize>) => NameCandidate[]): string[] => {
  const tokens = tokenize(text);
  return initialsOfPeople(tokens, candidates(tokens)).map((c) => `${c.kind}:${phraseOf(tokens, c.first, c.last)}`);
};
const at = (tokens: ReturnType<typeof tokenize>, word: string, n = 1): number => {
  let seen = 0;
  return tokens.findIndex((t) => t.text === word && ++seen === n);
};

describe('initialsOfPeople', () => {
  it("runs a person's name back over the initials right before it, dropping an initial read alone", () => {
    expect(
      spans('Counsel: R. Tamsin Quell, and the notes of J. J. Harrow Vance.', (t) => [
        { first: at(t, 'Tamsin'), last: at(t, 'Quell') + 1, kind: 'person', titled: false },
        { first: at(t, 'J.'), last: at(t, 'J.') + 1, kind: 'person', titled: false },
        { first: at(t, 'J.', 2), last: at(t, 'Vance') + 1, kind: 'person', titled: false },
      ]),
    ).toEqual(['person:R. Tamsin Quell', 'person:J. J. Harrow Vance']);
  });

  it('leaves an initial after a capitalised word, and names that are no people', () => {
    expect(
      spans('They chose Plan B. Daniel agreed, as did the Quell C. Trust.', (t) => [
        { first: at(t, 'Daniel'), last: at(t, 'Daniel') + 1, kind: 'person', titled: false },
        { first: at(t, 'Trust'), last: at(t, 'Trust') + 1, kind: 'organization', titled: false },
      ]),
    ).toEqual(['person:Daniel', 'organization:Trust']);
  });

  it('drops exactly the spans inside a longer one, as asking every other span does', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 300; round++) {
      const spans = Array.from({ length: random(12) }, () => {
        const first = random(10);
        return { first, last: first + random(4) };
      });
      const pairwise = spans.map((c, i) =>
        spans.some((o, j) => j !== i && o.first <= c.first && o.last >= c.last && o.last - o.first > c.last - c.first),
      );
      expect(insideLonger(spans), JSON.stringify(spans)).toEqual(pairwise);
    }
  });
});
