import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';
import { phraseOf, type NameCandidate } from './rules.js';
import { withoutShoutedClauses } from './shouted-clauses.js';
import { tokenize } from './tokenize.js';

const read = (text: string, name: string): string[] => {
  const tokens = tokenize(text);
  const words = name.split(' ');
  let first = 0;
  while (phraseOf(tokens, first, first + words.length) !== name) first++;
  const c: NameCandidate = { first, last: first + words.length, kind: 'place', titled: false };
  return withoutShoutedClauses(tokens, [c]).map((x) => phraseOf(tokens, x.first, x.last));
};

describe('withoutShoutedClauses', () => {
  it('drops a clause or a spelled-out word shouted in capitals', () => {
    expect(read('CAN ANYONE HELP ME WITH THIS?? thanks', 'CAN ANYONE HELP ME WITH THIS')).toEqual([]);
    expect(read('news - N E W S - today', 'N E W S')).toEqual([]);
  });

  it('keeps names shouted in capitals', () => {
    expect(read('Call DELGRAVE PLUMBING SERVICES now!', 'DELGRAVE PLUMBING SERVICES')).toEqual([
      'DELGRAVE PLUMBING SERVICES',
    ]);
    expect(read('We toured THE WHITE HOUSE today.', 'THE WHITE HOUSE')).toEqual(['THE WHITE HOUSE']);
  });

  it('finds no name in a shouted plea in a whole analysis', () => {
    const es = findEntities('Essay on the war? WILL SOMEONE PLEASE HELP ME IT IS DUE MONDAY!!', []);
    expect(es.filter((e) => e.mentions.some((m) => m.text.includes('SOMEONE')))).toEqual([]);
  });
});
