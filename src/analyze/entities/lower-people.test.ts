import { describe, expect, it } from 'vitest';
import { lowerCasePeople } from './lower-people.js';
import { phraseOf, sentenceStarts } from './rules.js';
import { tokenize } from './tokenize.js';

/** The people `lowerCasePeople` adds to no candidates, as their words. */
const added = (text: string): string[] => {
  const tokens = tokenize(text);
  return lowerCasePeople(text, tokens, [], sentenceStarts(text, tokens)).map((c) => phraseOf(tokens, c.first, c.last));
};

describe('lowerCasePeople', () => {
  it('reads a lower-case given name in a sentence written without capitals as a person', () => {
    expect(added('i can not come unless marta drives. tell harriet i said hi')).toEqual(['marta', 'harriet']);
    expect(added('we went out. ruth and bianca are at the bar tonight')).toEqual(['ruth', 'bianca']);
    expect(added('ok so jill allen starts her new job today')).toEqual(['jill allen']);
  });

  it('leaves capitalised text, ordinary words spelt as names, addresses and names with nothing around them', () => {
    expect(added('Tell harriet that the shop opens at nine.')).toEqual([]);
    expect(added('i will mark the forms and bill the client')).toEqual([]);
    expect(added('i wrote to "harriet"<harriet...@mail.example> last week')).toEqual([]);
    expect(added('best pizza in town harriet.')).toEqual([]);
  });
});
