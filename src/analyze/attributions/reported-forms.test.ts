import { describe, expect, it } from 'vitest';
import { speakerRecords } from './testing/records.js';

/** Forms of reported speech a political story uses, each with its chain of reporting when there is one. */
const records = (text: string): string[] => speakerRecords(text, { via: true });

describe('"was quoted by" an outlet: the subject speaks, the outlet relays', () => {
  it('reads a colon and a quotation after what the subject was quoted on', () => {
    expect(
      records(
        'Mayor Ann Okafor defended the plan on Monday. She was quoted by The Daily Ledger on the budget: "It is a fiction and nobody believes it."',
      ),
    ).toEqual(['Ann Okafor via Daily Ledger: It is a fiction and nobody believes it']);
  });

  it('reads the quotation that opens the next line after a frame closed by a semicolon', () => {
    expect(
      records(
        'Mayor Ann Okafor defended the plan; she was quoted by The Daily Ledger on her view of the budget;\n' +
          '"It is a fiction. I doubt it will pass."',
      ),
    ).toEqual(['Ann Okafor via Daily Ledger: It is a fiction. I doubt it will pass']);
  });

  it('never makes the outlet the speaker, and keeps "quoted by X as saying"', () => {
    expect(records('The figure was quoted by Reuters in its report on the budget.')).toEqual([]);
    expect(records('The senator was quoted by Reuters as saying that the bill would fail.')).toEqual([
      'senator via Reuters: the bill would fail',
    ]);
  });
});

describe('cue forms', () => {
  it('reads "exclaimed" as a speech verb, before and after its quotation', () => {
    expect(records('The governor himself famously exclaimed: "We will not back down."')).toEqual([
      'governor: We will not back down',
    ]);
    expect(records('"We will not back down," the governor exclaimed.')).toEqual(['governor: We will not back down']);
  });

  it('reads a verb that needs "that" with a comma and a quotation right after it', () => {
    expect(records('After the vote, Senator Patterson observed, "The numbers do not add up."')).toEqual([
      'Patterson: The numbers do not add up',
    ]);
    expect(records('The court ruled, "The law stands as written."')).toEqual(['court: The law stands as written']);
    expect(records('The senator observed the vote from the gallery.')).toEqual([]);
  });

  it('reads the plural present "claim to" with its infinitive, not the noun', () => {
    expect(records('Some lobbyists claim to represent small farmers.')).toEqual([
      'Some lobbyists: to represent small farmers',
    ]);
    expect(records('Several groups that claim to speak for veterans took money from contractors.')).toEqual([
      'Several groups: to speak for veterans took money from contractors',
    ]);
    expect(records("Israel's claim to sovereignty over the valley is disputed.")).toEqual([]);
    expect(records('They have no claim to the land.')).toEqual([]);
  });

  it('reads advertisers as people who speak', () => {
    expect(records('Some advertisers claim that users can opt out of tracking.')).toEqual([
      'Some advertisers: users can opt out of tracking',
    ]);
  });

  it('reads a plural possessive as a noun, not the present of "state" or "say"', () => {
    expect(records("The minister praised the Gulf states' oil deal with the company.")).toEqual([]);
    expect(records("He spoke on whether the Arab states' oil wealth would last.")).toEqual([]);
  });
});

describe('a verdict in the passive with its speaker after "by"', () => {
  it('reads "was described by X as …" as X speaking, the "as" complement the verdict', () => {
    expect(records('The senator was described by aides as furious about the leak.')).toEqual([
      'aides: as furious about the leak',
    ]);
    expect(records('The mayor was characterized by The Daily Ledger as a reluctant reformer.')).toEqual([
      'Daily Ledger: as a reluctant reformer',
    ]);
  });

  it('reads no verdict without "as", nor an actor playing a part', () => {
    expect(records('The senator was described by police in a report.')).toEqual([]);
    expect(records('The queen was portrayed by Helen Mirren as a lonely woman.')).toEqual([]);
  });

  it('reads "was accused by X of …" as X speaking, the charge after "of" what was said', () => {
    expect(records('The treasurer has been accused by auditors of hiding the losses.')).toEqual([
      'auditors: hiding the losses',
    ]);
    expect(records('Two aldermen were accused by prosecutors of buying votes in the ward.')).toEqual([
      'prosecutors: buying votes in the ward',
    ]);
  });

  it('reads no accusation in the passive without "of" after the accuser', () => {
    expect(records('The treasurer was accused by auditors in a report last spring.')).toEqual([]);
    expect(records('He was accused by name in the indictment.')).toEqual([]);
  });
});

describe('rulings, hints and reckonings', () => {
  it('reads a ruling with a clause and no "that", in a story and in a headline', () => {
    expect(records('The court ruled the ban was unconstitutional.')).toEqual(['court: the ban was unconstitutional']);
    expect(records('Greek court rules worship of ancient gods is legal')).toEqual([
      'Greek court: worship of ancient gods is legal',
    ]);
  });

  it('reads no ruling of a country, nor a ruling out', () => {
    expect(records('The king ruled the island until his death in 1820.')).toEqual([]);
    expect(records('The junta ruled the country as the economy was collapsing.')).toEqual([]);
    expect(records('Officials ruled out a recount.')).toEqual([]);
  });

  it('reads the plural present "hint that" and "figured that"', () => {
    expect(records('Some senators hint that the vote will slip.')).toEqual(['Some senators: the vote will slip']);
    expect(records('Republicans figured that the vote would fail.')).toEqual(['Republicans: the vote would fail']);
    expect(records('He figured out that the door was locked.')).toEqual([]);
  });
});

describe('a prediction with an indefinite object', () => {
  it('reads "predict a …" as the forecast, in the past and the plural present', () => {
    expect(records('Pollsters predict a tight race in the suburbs.')).toEqual([
      'Pollsters: a tight race in the suburbs',
    ]);
    expect(records('The senator predicted a landslide in November.')).toEqual(['senator: a landslide in November']);
  });

  it('reads no forecast in a definite object or a projection', () => {
    expect(records('Few could predict the outcome of the primary.')).toEqual([]);
    expect(records('The mayor projects an image of calm.')).toEqual([]);
  });
});

describe('a dismissal of a statement "as" something', () => {
  it('reads "dismissed the report as …" as a verdict on the statement', () => {
    expect(records('The governor dismissed the allegations as a political stunt.')).toEqual([
      'governor: the allegations as a political stunt',
    ]);
    expect(records('Senator Ruth Ames dismissed the latest poll as an outlier.')).toEqual([
      'Ruth Ames: the latest poll as an outlier',
    ]);
  });

  it('reads no verdict when someone is dismissed from a post, or with no "as"', () => {
    expect(records('The club dismissed its coach as part of a shake-up.')).toEqual([]);
    expect(records('The board dismissed Ms. Ortega as chief financial officer.')).toEqual([]);
    expect(records('The judge dismissed the case on Monday.')).toEqual([]);
  });
});

describe('an expectation of a change', () => {
  it('reads "expects X to …" with a change no one is told to make as a forecast, in any form', () => {
    expect(records('Treasurer Ruth Ames expects inflation to ease by the spring.')).toEqual([
      'Ruth Ames: inflation to ease by the spring',
    ]);
    expect(records('The governor expected the levy to pass comfortably.')).toEqual([
      'governor: the levy to pass comfortably',
    ]);
  });

  it('reads no forecast in a target set for others, a plain object, or the passive', () => {
    expect(records('The coach expects his players to train harder.')).toEqual([]);
    expect(records('The company expects delays at the port.')).toEqual([]);
    expect(records('Growth is expected to slow next year.')).toEqual([]);
  });
});
