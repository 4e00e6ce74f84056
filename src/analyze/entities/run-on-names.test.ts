import { describe, expect, it } from 'vitest';
import { phraseOf, type NameCandidate } from './rules.js';
import { runOnNames } from './run-on-names.js';
import { tokenize } from './tokenize.js';

/** Each phrase of `names` as a candidate of `kind` (in order of the text); the result as "kind:words". */
const cut = (text: string, names: string[], kind: NameCandidate['kind'] = 'person'): string[] => {
  const tokens = tokenize(text);
  let from = 0;
  const candidates = names.map((n) => {
    const words = n.split(' ');
    let first = from;
    while (phraseOf(tokens, first, first + words.length) !== n) first++;
    from = first + words.length;
    return { first, last: from, kind, titled: false };
  });
  return runOnNames(tokens, candidates).map((c) => `${c.kind}:${phraseOf(tokens, c.first, c.last)}`);
};

describe('runOnNames', () => {
  it('cuts a sign-off name from the signature and the next greeting', () => {
    expect(cut('Keep in touch, Rob Robert K. Lindqvist rob@example.org', ['Rob Robert K. Lindqvist'])).toEqual([
      'person:Rob',
      'person:Robert K. Lindqvist',
    ]);
    expect(cut('Thanks. Harriet B. Okoye Lucia, please see the note.', ['Harriet B. Okoye Lucia'])).toEqual([
      'person:Harriet B. Okoye',
      'person:Lucia',
    ]);
    expect(cut('Regards, Oskar P. Lund Northwind -- Oslo', ['Oskar P. Lund Northwind'])).toEqual([
      'person:Oskar P. Lund',
    ]);
    expect(cut('See you then. Nadia Nadia Brandt Harbour Lines', ['Nadia Nadia Brandt'])).toEqual([
      'person:Nadia',
      'person:Nadia Brandt',
    ]);
  });

  it('cuts a list of two-word names, each opening with a given name', () => {
    expect(cut('Present: Dana Hollis Martin Cole Scott Reyes', ['Dana Hollis Martin Cole Scott Reyes'])).toEqual([
      'person:Dana Hollis',
      'person:Martin Cole',
      'person:Scott Reyes',
    ]);
    // An odd number of words, or a second pair not opening with a given name, is no such list.
    expect(cut('We heard Mary Ann Smith Jones sing.', ['Mary Ann Smith Jones'])).toEqual([
      'person:Mary Ann Smith Jones',
    ]);
    expect(cut('Present: Dana Hollis Martin Cole Reyes', ['Dana Hollis Martin Cole Reyes'])).toEqual([
      'person:Dana Hollis Martin Cole Reyes',
    ]);
  });

  it('cuts around a full name the text gives alone twice', () => {
    const text =
      'Petra Hallberg wrote. Petra Hallberg Revised Schedule 2.1 is here. Petra Hallberg. Sent from the Netherlands Petra Hallberg';
    expect(
      cut(text, ['Petra Hallberg', 'Petra Hallberg Revised Schedule', 'Petra Hallberg', 'Netherlands Petra Hallberg']),
    ).toEqual([
      'person:Petra Hallberg',
      'person:Petra Hallberg',
      'person:Petra Hallberg',
      'place:Netherlands',
      'person:Petra Hallberg',
    ]);
  });

  it('leaves full names with initials, suffixes and organizations whole', () => {
    expect(cut('Judge Mary T. Okafor Jr. ruled.', ['Mary T. Okafor Jr.'])).toEqual(['person:Mary T. Okafor Jr.']);
    const tokens = tokenize('Ann Lee spoke. Ann Lee spoke again at the Ann Lee Foundation.');
    const org = { first: 10, last: 13, kind: 'organization' as const, titled: false };
    expect(phraseOf(tokens, 10, 13)).toBe('Ann Lee Foundation');
    expect(
      runOnNames(tokens, [
        { first: 0, last: 2, kind: 'person', titled: false },
        { first: 4, last: 6, kind: 'person', titled: false },
        org,
      ]),
    ).toContainEqual(org);
  });
});
