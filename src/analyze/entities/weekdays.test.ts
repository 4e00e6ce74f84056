import { describe, expect, it } from 'vitest';
import { phraseOf, type NameCandidate } from './rules.js';
import { tokenize } from './tokenize.js';
import { withoutWeekdays } from './weekdays.js';

/** `names` as one-word place candidates (in order of the text); the names kept. */
const kept = (text: string, names: string[]): string[] => {
  const tokens = tokenize(text);
  let from = 0;
  const candidates: NameCandidate[] = names.map((n) => {
    let first = from;
    while (tokens[first]!.text !== n) first++;
    from = first + 1;
    return { first, last: from, kind: 'place', titled: false };
  });
  return withoutWeekdays(tokens, candidates).map((c) => phraseOf(tokens, c.first, c.last));
};

describe('withoutWeekdays', () => {
  it('drops a day of the week beside another day or before a day of the month', () => {
    expect(kept('Pick-up runs Mon, Wed and Sat only.', ['Mon', 'Wed', 'Sat'])).toEqual([]);
    expect(kept('Open Thurs - Sun until late.', ['Sun'])).toEqual([]);
    expect(kept('Sent: Sun, 14 Feb 2010 09:12', ['Sun'])).toEqual([]);
  });

  it('keeps a day-like name alone', () => {
    expect(kept('We read the Sun on the train, and Sat Nam taught yoga.', ['Sun', 'Sat'])).toEqual(['Sun', 'Sat']);
  });
});
