import { describe, expect, it } from 'vitest';
import { corporateForms } from './corporate-suffixes.js';
import { readPass, type GivenName } from './testing/read-pass.js';

const read = (text: string, names: GivenName[]): string[] => readPass(corporateForms, text, names);

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
