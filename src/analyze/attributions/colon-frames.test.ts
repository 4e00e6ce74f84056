import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences/sentences.js';
import { findAttributions } from './attributions.js';

const said = (text: string) =>
  findAttributions(text, splitSentences(text), [])
    .filter((a) => a.speaker)
    .map((a) => `${a.speaker!.text}: ${a.content}`);

describe('colon frames', () => {
  it('reads "X put it this way:" with the irregular past the phrase reader would take into the name', () => {
    expect(said('Okafor put it this way: “Nobody in this town trusts the council.”')).toEqual([
      'Okafor: Nobody in this town trusts the council',
    ]);
  });

  it('reads a copula with a manner word for a person or named body, not for a thing', () => {
    expect(said('Brandt was blunt: “The merger will never happen.”')).toEqual(['Brandt: The merger will never happen']);
    expect(said('The verdict was clear: “Guilty on all four counts.”')).toEqual([]);
  });

  it('reads the frame past an opening setting set off by a comma', () => {
    expect(said('In an interview, Okafor put it simply: “Nobody in this town trusts the council.”')).toEqual([
      'Okafor: Nobody in this town trusts the council',
    ]);
    expect(said('On Tuesday, Okafor offered a blunt assessment: “Nobody in this town trusts the council.”')).toEqual([
      'Okafor: Nobody in this town trusts the council',
    ]);
  });

  it('reads "had"/"has" with a noun of words said, not with any object', () => {
    expect(said('Okafor had a warning for the board: “We will strike if we have to.”')).toEqual([
      'Okafor: We will strike if we have to',
    ]);
    expect(said('The coach has some advice for young players: “Never stop running, whatever the score.”')).toEqual([
      'The coach: Never stop running, whatever the score',
    ]);
    expect(said('The school had a problem: “the roof was leaking in three places.”')).toEqual([]);
  });

  it('reads a possessor’s noun of words said or judged, bare or with a copula, as the possessor’s words', () => {
    expect(said('Okafor’s assessment was blunt: “Nobody in this town trusts us.”')).toEqual([
      'Okafor: Nobody in this town trusts us',
    ]);
    expect(said('Her advice to new tenants is simple: “Read every line of the lease.”')).toEqual([
      'Her: Read every line of the lease',
    ]);
    expect(said('His verdict: “The roof will not last the winter.”')).toEqual([
      'His: The roof will not last the winter',
    ]);
    expect(said('The coach’s reply to every complaint has been the same since May: “We are looking into it.”')).toEqual(
      ['The coach: We are looking into it'],
    );
    // No noun of words said, or a clause after the noun: no frame of the possessor's.
    expect(said('Okafor’s house was quiet: “the clocks had all stopped.”')).toEqual([]);
    expect(said('Okafor’s advice came late and the board voted: “keep the roof as it is.”')).toEqual([]);
  });

  it('ends the subject before a present in -s that takes a particle or a determiner', () => {
    expect(said('Okafor sums up the season in five words: “Never again, not like that.”')).toEqual([
      'Okafor: Never again, not like that',
    ]);
  });
});
