import { describe, expect, it } from 'vitest';
import { speakerRecords as records } from './testing/records.js';

/** Forms of the common reporting and cognition verbs the reporting-verb construction suite found missing. */
describe('forms of reporting and cognition verbs', () => {
  it('reads hearsay of the subject\'s own words: "was reported to have said", "is understood to have told"', () => {
    expect(records('Mayor Ada Quist was reported to have said that the depot would close.')).toEqual([
      'Ada Quist: the depot would close',
    ]);
    expect(records('Mayor Ada Quist is understood to have told aides that she will run.')).toEqual([
      'Ada Quist: she will run',
    ]);
    expect(records('The suspect is believed to have fled the country.')).toEqual([]);
    expect(records('Mayor Ada Quist is said to be furious.')).toEqual([]);
  });

  it('reads a progressive after a passive of perception: "was overheard saying"', () => {
    expect(records('Mayor Ada Quist was overheard saying the deal was done.')).toEqual([
      'Ada Quist: the deal was done',
    ]);
    expect(records('Mayor Ada Quist was seen leaving the hall.')).toEqual([]);
  });

  it('reads a perfect progressive: "has been saying that"', () => {
    expect(records('Mayor Ada Quist has been saying for months that the budget is short.')).toEqual([
      'Ada Quist: the budget is short',
    ]);
    expect(records('It has been said that the budget is short.')).toEqual([]);
  });

  it('reads "did" and "cannot" as the verb of a clause reported without "that"', () => {
    expect(records('Mayor Ada Quist insisted the council did nothing wrong.')).toEqual([
      'Ada Quist: the council did nothing wrong',
    ]);
    expect(records('Some councillors worry the mayor cannot win again.')).toEqual([
      'Some councillors: the mayor cannot win again',
    ]);
  });

  it('reads worry and certainty held after a form of "be"', () => {
    expect(records('Mayor Ada Quist is worried that the depot will close.')).toEqual([
      'Ada Quist: the depot will close',
    ]);
    expect(records('Mayor Ada Quist is sure she will win.')).toEqual(['Ada Quist: she will win']);
    expect(records('Mayor Ada Quist is sure to win.')).toEqual([]);
    expect(records('Voters are worried about prices.')).toEqual([]);
  });

  it('reads "reckons" as "thinks", and "threatened" only with "that"', () => {
    expect(records('Mayor Ada Quist reckons the vote is close.')).toEqual(['Ada Quist: the vote is close']);
    expect(records('Mayor Ada Quist threatened that the council would be dissolved.')).toEqual([
      'Ada Quist: the council would be dissolved',
    ]);
    expect(records('The storm threatened the harbour.')).toEqual([]);
  });

  it('reads "as first reported by" as the outlet relaying the words', () => {
    expect(
      records('Mayor Ada Quist said the depot would close, as first reported by the Tribune.', { via: true }),
    ).toEqual(['Ada Quist via the Tribune: the depot would close']);
  });

  it('reads an outlet set off after the speaker: "X, quoted by Y, said"', () => {
    expect(records('Mayor Ada Quist, quoted by the Tribune, said the depot would close.', { via: true })).toEqual([
      'Ada Quist via the Tribune: the depot would close',
    ]);
  });

  it('reads no inverted speaker where the words after the cue are its clause', () => {
    expect(records('The lawsuit, filed Tuesday in federal court, says the county violated the charter.')).toEqual([
      'lawsuit: the county violated the charter',
    ]);
  });

  it('reads "wondered aloud whether" as a question put', () => {
    expect(records('Mayor Ada Quist wondered aloud whether the depot could survive.')).toEqual([
      'Ada Quist: whether the depot could survive',
    ]);
  });

  it('reads speech to the subject in the passive, its speaker after "by"', () => {
    expect(records('Reporters were told by a senior aide that the mayor would not attend.')).toEqual([
      'senior aide: the mayor would not attend',
    ]);
    expect(records('The story, as told by his sister, is a sad one.')).toEqual([]);
  });

  it('reads a view held with "consider … as" or "saw … as", not in "what X see as"', () => {
    expect(records('Opponents saw the merger as a betrayal of the town.')).toEqual([
      'Opponents: the merger as a betrayal of the town',
    ]);
    expect(records('Many councillors consider the depot as a burden.')).toEqual([
      'Many councillors: the depot as a burden',
    ]);
    expect(records('The council considered the plan on Monday.')).toEqual([]);
    expect(records('The vote ended what many voters see as a long feud.')).toEqual([]);
  });

  it('reads an invitation with its addressee and a to-infinitive', () => {
    expect(records('The senator invited her rivals to join the coalition.')).toEqual([
      'senator: to join the coalition',
    ]);
    expect(records('The senator invited reporters to the hall.')).toEqual([]);
  });

  it('reads a wish to say something as saying it: "wants to emphasize that"', () => {
    expect(records('The senator wanted to stress that no jobs would go.')).toEqual(['senator: no jobs would go']);
    expect(records('The senator wants to say more.')).toEqual([]);
  });

  it('reads a cue after "appeared to", "seemed to" or "went so far as to"', () => {
    expect(records('The senator appeared to suggest that the vote could slip.')).toEqual([
      'senator: the vote could slip',
    ]);
    expect(records('The senator seemed to acknowledge that the plan had failed.')).toEqual([
      'senator: the plan had failed',
    ]);
    expect(records('The senator went so far as to say that the bill was void.')).toEqual([
      'senator: the bill was void',
    ]);
    expect(records('The bridge appears to show signs of wear.')).toEqual([]);
  });

  it('reads "reassured" as speech to an addressee', () => {
    expect(records('The senator reassured voters that the state was safe.')).toEqual(['senator: the state was safe']);
  });

  it('reads a likeness with an object then "to" a noun phrase: "compared X to Y"', () => {
    expect(records('The senator compared the budget to a shell game.')).toEqual([
      'senator: the budget to a shell game',
    ]);
    expect(records('The senator likened the ruling to a coup.')).toEqual(['senator: the ruling to a coup']);
    expect(records('The panel compared the two plans to see which was cheaper.')).toEqual([]);
    expect(records('Sales rose 4 percent compared to last year.')).toEqual([]);
  });

  it('reads "is on record as saying that"', () => {
    expect(records('The senator is on record as saying that the tax should go.')).toEqual([
      'senator: the tax should go',
    ]);
  });

  it('reads sources "with (direct) knowledge of" what they speak about, as "familiar with"', () => {
    expect(records('The senator was furious, according to people with direct knowledge of the meeting.')).toEqual([
      'people with direct knowledge of the meeting: The senator was furious',
    ]);
    expect(records('The deal is off, said two people with knowledge of the talks.')).toEqual([
      'two people with knowledge of the talks: The deal is off',
    ]);
  });

  it('reads a stance come to or shown, and in the perfect: "became convinced that", "has been adamant that"', () => {
    expect(records('The senator became convinced that the count was wrong.')).toEqual(['senator: the count was wrong']);
    expect(records('The senator has been adamant that taxes will not rise.')).toEqual(['senator: taxes will not rise']);
    expect(records('The crowd became concerned about the weather.')).toEqual([]);
  });
});
