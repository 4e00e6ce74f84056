import { describe, expect, it } from 'vitest';
import { signOffNames } from './sign-offs.js';
import { tokenize } from './tokenize.js';
import { phraseOf } from './rules.js';

/** The people `signOffNames` adds to no candidates, as their words. */
const added = (text: string): string[] => {
  const tokens = tokenize(text);
  return signOffNames(text, tokens, []).map((c) => `${c.kind}:${phraseOf(tokens, c.first, c.last)}`);
};

describe('signOffNames', () => {
  it('reads the name after a greeting or a closing as a person', () => {
    expect(added('Fast, friendly work on the boiler. Thanks Teodor!')).toEqual(['person:Teodor']);
    expect(added('Hi Priya, the draft is attached. Kind regards, Ruth Okafor')).toEqual([
      'person:Priya',
      'person:Ruth Okafor',
    ]);
    expect(added('04:15 PM Good Morning Lavinia - I have revised the schedule.')).toEqual(['person:Lavinia']);
    expect(added('Please call if anything is missing. Thanks Osvaldo 55210.')).toEqual(['person:Osvaldo']);
    expect(added('Come early, it gets busy. By jessica Marlowe')).toEqual(['person:jessica Marlowe']);
  });

  it('reads the given name a message opens with, addressed, as a person', () => {
    expect(added('Sent 04:15 PM Harriet! Please find the revised plan attached.')).toEqual(['person:Harriet']);
    expect(added('See you.\nMarta, Just a note on the budget.')).toEqual(['person:Marta']);
    expect(added('We met Harriet, Please note, at noon. Paris! What a city.')).toEqual([]);
  });

  it('reads a word no lexicon or word list knows as the name a message opens with, never an ordinary word', () => {
    expect(added('Thanks for the notes. Tavrick, What you say makes sense.')).toEqual(['person:Tavrick']);
    expect(added('Folks, Please read the rules. Garden, What a mess.')).toEqual([]);
  });

  it('reads a given name that is also a word after a closing ("Thanks From Bill")', () => {
    expect(added('Great crew, five stars. Thanks From Bill')).toEqual(['person:Bill']);
    expect(added('Great crew, five stars. Thanks From Garden')).toEqual([]);
  });

  it('leaves greetings of a group, ordinary words, places and names that run on alone', () => {
    expect(added('Hello World! Thanks Everyone! Dear Sir, thanks Again.')).toEqual([]);
    expect(added('Thanks Paris for a lovely week.')).toEqual([]);
    expect(added('Thanks Teodor Vance Fixed the boiler today.')).toEqual([]);
    expect(added('The walls were built by Roman engineers.')).toEqual([]);
  });
});
