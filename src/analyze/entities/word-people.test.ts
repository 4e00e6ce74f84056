import { describe, expect, it } from 'vitest';
import { isCommonWord } from './common-words.js';
import { findEntities } from './entities.js';
import { phraseOf, type NameCandidate } from './rules.js';
import { tokenize } from './tokenize.js';
import { withoutWordPeople } from './word-people.js';

const people = (text: string): string[] =>
  findEntities(text, [])
    .filter((e) => e.kind === 'person')
    .map((e) => e.name);

/** The person candidates `names` of `text` that withoutWordPeople keeps. */
const kept = (text: string, names: string[], titled = false): string[] => {
  const tokens = tokenize(text);
  const candidates: NameCandidate[] = names.map((n) => {
    const words = n.split(' ').length;
    let first = 0;
    while (phraseOf(tokens, first, first + words) !== n) first++;
    return { first, last: first + words, kind: 'person', titled };
  });
  return withoutWordPeople(tokens, candidates).map((c) => phraseOf(tokens, c.first, c.last));
};

describe('isCommonWord', () => {
  it('knows common English words and not proper names', () => {
    expect(['desk', 'contract', 'turbine', 'beware', 'a', 'zoos'].map(isCommonWord)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['mary', 'paris', 'dallas', 'lindqvist', 'zzzz', ''].map(isCommonWord)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('withoutWordPeople', () => {
  it('drops people of two or more capitalised common words', () => {
    expect(people('Buyer Beware!! The brakes failed a week after I bought it.')).toEqual([]);
    expect(people('Please send the Turbine Contract to Marta Lindqvist by Friday.')).toEqual(['Marta Lindqvist']);
    expect(people('Tell our Gas Desk that the line is down.')).toEqual([]);
  });

  it('keeps names whose words are given names or surnames as well as words', () => {
    expect(kept('Yesterday Frank Young met Bill Gates.', ['Frank Young', 'Bill Gates'])).toEqual([
      'Frank Young',
      'Bill Gates',
    ]);
    expect(kept('The talk was given by Grace Baker.', ['Grace Baker'])).toEqual(['Grace Baker']);
    expect(kept('A note from Marta Desk.', ['Marta Desk'])).toEqual(['Marta Desk']);
  });

  it('drops a one-word role after a person and a dash, or after an office and "of"', () => {
    expect(
      kept('Ines Maro - Analyst, Tobias Wren - Associate', ['Ines Maro', 'Analyst', 'Tobias Wren', 'Associate']),
    ).toEqual(['Ines Maro', 'Tobias Wren']);
    expect(kept('Lena Ostrova, a Professor of Linguistics, wrote it.', ['Lena Ostrova', 'Linguistics'])).toEqual([
      'Lena Ostrova',
    ]);
    // A name there stays: a surname after a dash, a given name after "of", a word no list knows.
    expect(kept('Ines Maro - Smith, Tobias Wren - Ostrova', ['Ines Maro', 'Smith', 'Tobias Wren', 'Ostrova'])).toEqual([
      'Ines Maro',
      'Smith',
      'Tobias Wren',
      'Ostrova',
    ]);
    expect(kept('the Minister of Grace said', ['Grace'])).toEqual(['Grace']);
    expect(kept('Ines Maro - Analyst', ['Analyst'])).toEqual(['Analyst']);
  });

  it("drops a person, titled or not, named by a body's or a site's head word and plain words", () => {
    expect(kept('Analyst Team 2: Coach: Ines Maro', ['Team', 'Ines Maro'], true)).toEqual(['Ines Maro']);
    expect(kept('Analyst Team Participants: Ines Maro', ['Team Participants', 'Ines Maro'], true)).toEqual([
      'Ines Maro',
    ]);
    expect(kept('the Major League Draft', ['League Draft'], true)).toEqual([]);
    expect(kept('Sergeant Park said no.', ['Park'], true)).toEqual(['Park']);
    expect(kept('Mr. Church said no.', ['Church'], true)).toEqual(['Church']);
  });

  it('keeps one-word names, titled people, titles and words not capitalised', () => {
    expect(kept('Baker said no.', ['Baker'])).toEqual(['Baker']);
    expect(kept('Senior Analyst Rock Lead said no.', ['Rock Lead'], true)).toEqual(['Rock Lead']);
    expect(kept('The Home Secretary spoke.', ['Home Secretary'])).toEqual(['Home Secretary']);
    expect(kept('He met Gas desk staff.', ['Gas desk'])).toEqual(['Gas desk']);
  });
});
