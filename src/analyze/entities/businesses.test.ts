import { describe, expect, it } from 'vitest';
import { possessiveBusinesses } from './businesses.js';
import type { NameCandidate } from './rules.js';
import { tokenize } from './tokenize.js';

const read = (text: string, spans: [string, number, NameCandidate['kind']][]): string[] => {
  const tokens = tokenize(text);
  const candidates = spans.map(([word, n, kind]) => {
    const first = tokens.findIndex((t) => t.text === word);
    return { first, last: first + n, kind, titled: false };
  });
  return possessiveBusinesses(tokens, candidates).map(
    (c) => `${c.kind}:${text.slice(tokens[c.first]!.start, tokens[(c.mentionLast ?? c.last) - 1]!.end)}`,
  );
};

describe('possessiveBusinesses', () => {
  it("runs a name on over a possessive that owns nothing, a place after 'at'/'to', else an organization", () => {
    expect(
      read("We went to Marlo 's for dinner; Tessler's is a bakery, and we like Brandt s , Ruvio s tonight.", [
        ['Marlo', 1, 'person'],
        ['Tessler', 1, 'person'],
        ['Brandt', 1, 'place'],
        ['Ruvio', 1, 'other'],
      ]),
    ).toEqual(["place:Marlo 's", "organization:Tessler's", 'place:Brandt s', 'other:Ruvio s']);
  });

  it('leaves a possessive before what it owns alone, a city after it only when the clause ends there', () => {
    expect(
      read("Velda's party won in Quorn's Grand Hall; the dress code at Marlo 's Philadelphia? A friend of Ana's.", [
        ['Velda', 1, 'person'],
        ['Quorn', 1, 'place'],
        ['Grand', 2, 'place'],
        ['Marlo', 1, 'place'],
        ['Philadelphia', 1, 'place'],
        ['Ana', 1, 'person'],
      ]),
    ).toEqual([
      'person:Velda',
      'place:Quorn',
      'place:Grand Hall',
      "place:Marlo 's",
      'place:Philadelphia',
      'person:Ana',
    ]);
  });
});
