import { describe, expect, it } from 'vitest';
import { findEntities } from '../entities/entities.js';
import { splitSentences } from '../sentences/sentences.js';
import { findAttributions } from './attributions.js';

/** Speaker name and content of each record with a speaker. */
const records = (text: string): string[] =>
  findAttributions(text, splitSentences(text), findEntities(text, []))
    .filter((a) => a.speaker)
    .map((a) => `${a.speaker!.name}: ${a.content}`);

describe('forms of spoken registers (hearings, interviews) read in news copy', () => {
  it('gives no record to "I" or "you" fused with an auxiliary, as to "I" and "you" alone', () => {
    expect(records("The only thing I'll say to this is that the rule still works.")).toEqual([]);
    expect(records("You'll note that the station stays open on Sundays.")).toEqual([]);
    expect(records("I've said that the bridge is safe.")).toEqual([]);
  });

  it('still reads "he", "she", "we" and "they" fused with an auxiliary as the speaker', () => {
    expect(records("Mayor Tom Driscoll arrived late. He'd warned that the budget was short.")).toEqual([
      'Tom Driscoll: the budget was short',
    ]);
  });

  it('reads "made it clear that" (with a word of degree or not) as a point its subject pressed', () => {
    expect(records('The company made it clear that it would not sell the mill.')).toEqual([
      'company: it would not sell the mill',
    ]);
    expect(records('The appeals court has made it abundantly clear that silence is not consent.')).toEqual([
      'appeals court: silence is not consent',
    ]);
    expect(records('The storm made it clear that the levees were weak.')).toEqual([]);
  });

  it('reads "came to believe that", "had come to acknowledge that" as the subject\'s belief or admission', () => {
    expect(records('Over the years the farmers came to believe that the dam had ruined the river.')).toEqual([
      'farmers: the dam had ruined the river',
    ]);
    expect(records('The economist Ruth Adler had come to acknowledge that wages matter.')).toEqual([
      'Ruth Adler: wages matter',
    ]);
    expect(records('He came to see the mayor that morning.')).toEqual([]);
  });

  it('ends a speaker phrase at its article after a time phrase put first with no comma', () => {
    expect(records('Last week the ministry said that the talks had failed.')).toEqual([
      'ministry: the talks had failed',
    ]);
    expect(records('This year the city expects that six million visitors will come.')).toEqual([
      'city: six million visitors will come',
    ]);
    expect(records('In 2019 a judge ruled that the levy was void.')).toEqual(['judge: the levy was void']);
  });

  it('gives no record of "to" and an addressee that end the clause after the cue', () => {
    expect(records('The new rule is close to what the mayor said to the council.')).toEqual([]);
    expect(records('That is what the coach said to her players.')).toEqual([]);
    expect(records('"We will win," the coach said to reporters.')).toEqual(['coach: We will win']);
    expect(records('The coach said to reporters that the team would win.')).toEqual(['coach: the team would win']);
  });

  it('reads a side in a trial, unnamed local governments and an e-mail or a telegram as speakers', () => {
    expect(records('The defense argued that the witness had lied.')).toEqual(['defense: the witness had lied']);
    expect(records('The prosecution said the driver had been drinking.')).toEqual([
      'prosecution: the driver had been drinking',
    ]);
    expect(records('Several municipalities have said that the grant is too small.')).toEqual([
      'Several municipalities: the grant is too small',
    ]);
    expect(records("The e-mail said, 'We will close the plant in June.'")).toEqual([
      'e-mail: We will close the plant in June',
    ]);
    expect(records('A telegram from the captain said that the ship had sunk.')).toHaveLength(1);
    expect(records('The prosecution rested its case on Tuesday.')).toEqual([]);
  });

  it('reads no reported clause whose subject would run into a second subject or a second verb phrase', () => {
    // "found his brother": an object, then a clause of its own.
    expect(records('When the sailor finally found his brother he had peace.')).toEqual([]);
    // "writes the rules and then hires …": the object of a verb, then a second verb phrase.
    expect(records('The agency, which writes the rules and then has inspectors enforce them, is small.')).toEqual([]);
    expect(records('The minister believes the police and the army will stay.')).toEqual([
      'minister: the police and the army will stay',
    ]);
    expect(records('Elders believe the whales beach when they are ready to die.')).toEqual([
      'Elders: the whales beach when they are ready to die',
    ]);
  });

  it('takes an indefinite thing told ("tells something and …") for no addressee of a clause', () => {
    expect(records('Someone tells something and at first you trust him.')).toEqual([]);
    expect(records('The guard told reporters he had seen nothing.')).toEqual(['guard: he had seen nothing']);
  });

  it('takes no phrase after an existential "there is" for the subject of the verb after it', () => {
    expect(records("The tax fell only because there's a loophole called the family exemption.")).toEqual([]);
    expect(records('There are critics who say the plan is too costly.')).toEqual(['critics: the plan is too costly']);
    expect(records("There's a farmer who says the river has dried up.")).toEqual(['farmer: the river has dried up']);
  });

  it('reads "as part of …" after a cue as its purpose, not its content', () => {
    expect(records('The new fees match the limits that she had announced as part of the reform.')).toEqual([]);
    expect(records('The council announced as part of the deal that the plant would close.')).toEqual([
      'council: the plant would close',
    ]);
  });
});
