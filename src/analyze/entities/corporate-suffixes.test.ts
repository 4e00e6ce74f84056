import { describe, expect, it } from 'vitest';
import { corporateForms } from './corporate-suffixes.js';
import { phraseOf, type NameCandidate } from './rules.js';
import { tokenize } from './tokenize.js';

const read = (text: string, names: [string, NameCandidate['kind']][]): string[] => {
  const tokens = tokenize(text);
  let from = 0;
  const candidates: NameCandidate[] = names.map(([n, kind]) => {
    const words = n.split(' ');
    let first = from;
    while (phraseOf(tokens, first, first + words.length) !== n) first++;
    from = first + words.length;
    return { first, last: from, kind, titled: false };
  });
  return corporateForms(tokens, candidates).map((c) => `${c.kind}:${phraseOf(tokens, c.first, c.last)}`);
};

describe('corporateForms', () => {
  it('joins a legal form after a comma to the company before it', () => {
    expect(
      read('The claim against Harbour Fisheries Corporation, Inc. was heard.', [
        ['Harbour Fisheries Corporation', 'organization'],
        ['Inc.', 'organization'],
      ]),
    ).toEqual(['organization:Harbour Fisheries Corporation , Inc.']);
    expect(read('Papers went to the buyer, ZKTR, Ltd.. Then we waited.', [])).toEqual(['organization:ZKTR , Ltd .']);
  });

  it('keeps the place after "of" in a name that began at the form', () => {
    expect(
      read('She moved to Brightloom, Inc. of Fort Collins, Colorado last year.', [
        ['Brightloom', 'organization'],
        ['Inc. of Fort Collins', 'organization'],
      ]),
    ).toEqual(['organization:Brightloom , Inc.', 'place:Fort Collins']);
  });

  it('leaves a form with no capitalised name before its comma', () => {
    expect(read('We sold it, Inc. or not.', [])).toEqual([]);
  });
});
