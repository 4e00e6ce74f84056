import { describe, expect, it } from 'vitest';
import type { Entity } from '../../vocabulary.js';
import { findEntities } from './entities.js';

/** Each entity as "kind:name", in order of first mention. */
const summary = (text: string): string[] => findEntities(text, []).map((e: Entity) => `${e.kind}:${e.name}`);

describe('findEntities on titles of political news before a name', () => {
  it('reads the name after a legislature title as a person, the title kept out', () => {
    expect(summary('House Speaker Tom Barrowby said the bill would pass.')).toEqual(['person:Tom Barrowby']);
    expect(summary('Majority Whip Renata Cole said the vote was close.')).toEqual(['person:Renata Cole']);
    expect(summary('Minority Whip Carl Ostrander said no.')).toEqual(['person:Carl Ostrander']);
    expect(summary('Majority Leader Dana Fellowes spoke on Tuesday.')).toEqual(['person:Dana Fellowes']);
  });

  it('reads the name after a ruler title as a person, with its Arabic particles', () => {
    expect(summary('Emir Tamin al-Rashed said the talks had ended.')).toEqual(['person:Tamin al-Rashed']);
    expect(summary('Sheikh Hamad bin Salwan said the port would open.')).toEqual(['person:Hamad bin Salwan']);
    expect(summary('Crown Prince Faris bin Salman met the delegation.')).toEqual(['person:Faris bin Salman']);
  });

  it('keeps an abbreviated office out of the name ("Lt. Gov.")', () => {
    expect(summary('Lt. Gov. Marcus Pellew said the budget was short.')).toEqual(['person:Marcus Pellew']);
  });

  it('keeps an office "<Title> of <field>" out of the name after it', () => {
    expect(summary('Secretary of State Owen Carraway said the talks went well.')).toEqual(['person:Owen Carraway']);
    expect(summary('Chief of Staff Brian Tallow said the meeting was over.')).toEqual(['person:Brian Tallow']);
    expect(summary('Director of Communications Amy Farrow said no.')).toEqual(['person:Amy Farrow']);
    // a word no lexicon knows is a field only with two words left for the name
    expect(summary('Minister of Defense Zoltar Quimby said the drill was over.')).toEqual(['person:Zoltar Quimby']);
    // said without a name, the office stands for the person, whole
    expect(summary('The Secretary of State said the talks went well.')).toEqual(['person:Secretary of State']);
    // a place after "of" is no field of an office: the ruler's style stays whole
    expect(summary('The Duke of Wellington won the battle.')).toEqual(['person:Duke of Wellington']);
  });

  it('leaves the lower-case role words alone', () => {
    expect(summary('The party whip said the vote was close.')).toEqual([]);
    expect(summary('The speaker said the talks were over.')).toEqual([]);
  });
});
