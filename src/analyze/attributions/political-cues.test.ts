import { describe, expect, it } from 'vitest';
import { speakerRecords } from './testing/records.js';

/** Cues of political copy the tables lacked: firm positions, signalled intent, estimates and orders (cues.ts). */
describe('political cues', () => {
  it('reads "has been (very) clear that" as a firm statement, not the writer\'s "it has been clear"', () => {
    expect(speakerRecords('The governor has been very clear that the bridge will reopen.')).toEqual([
      'governor: the bridge will reopen',
    ]);
    expect(speakerRecords('The union has been clear that it will strike.')).toEqual(['union: it will strike']);
    expect(speakerRecords('It has been clear that the plan would fail.')).toEqual([]);
    expect(speakerRecords('The path has been cleared for a vote.')).toEqual([]);
  });

  it('reads "signalled" with a clause and no "that", but not with an object', () => {
    expect(speakerRecords('More than 30 Liberal MPs signalled they would oppose the bill.')).toEqual([
      '30 Liberal MPs: they would oppose the bill',
    ]);
    expect(speakerRecords('The bank signalled its support for the merger.')).toEqual([]);
    expect(speakerRecords('The referee signalled a penalty.')).toEqual([]);
  });

  it('reads "put X at" a figure as an estimate, not "put X at risk"', () => {
    expect(speakerRecords('A poll by the Orion Group put the Greens at 24 percent.')).toEqual([
      'Orion Group: the Greens at 24 percent',
    ]);
    expect(speakerRecords('The storm put the harbour at risk.')).toEqual([]);
    expect(speakerRecords('She put the box at the door.')).toEqual([]);
    expect(speakerRecords('As the governor put it, the bridge is finished.')).toEqual([
      'governor: the bridge is finished',
    ]);
  });

  it('reads a warning issued, given or sounded with "that", not a warning for a place', () => {
    expect(speakerRecords('The central bank issued a stark warning that inflation would rise.')).toEqual([
      'central bank: inflation would rise',
    ]);
    expect(speakerRecords('Officials gave a warning that the bridge was unsafe.')).toEqual([
      'Officials: the bridge was unsafe',
    ]);
    expect(speakerRecords('Forecasters issued a warning for the coast.')).toEqual([]);
  });

  it('reads "branded" and "labelled" with an object and a verdict, as "called"', () => {
    expect(speakerRecords('Ann Cole branded the plan "reckless".')).toEqual(['Ann Cole: the plan "reckless"']);
    expect(speakerRecords('Critics labelled him a traitor.')).toEqual(['Critics: him a traitor']);
    expect(speakerRecords('The firm branded its cattle last spring.')).toEqual([]);
    expect(speakerRecords('The attack was claimed by a user branded "Anonymous", on a website.')).toEqual([]);
  });

  it('ends the subject before a verb of reply and "back": "hit back, saying …"', () => {
    expect(speakerRecords('The minister hit back, saying the figures were wrong.')).toEqual([
      'minister: the figures were wrong',
    ]);
    expect(speakerRecords('Ann Cole shot back at critics, telling reporters that the figures were right.')).toEqual([
      'Ann Cole: the figures were right',
    ]);
  });

  it('reads an order or a pressing demand to a party, not "ordered a copy to read"', () => {
    expect(speakerRecords('The tribunal ordered the agency to release the files.')).toEqual([
      'tribunal: to release the files',
    ]);
    expect(speakerRecords('Doctors pressed the hospital board to reopen the ward.')).toEqual([
      'Doctors: to reopen the ward',
    ]);
    expect(speakerRecords('She ordered a copy to read on the train.')).toEqual([]);
    expect(speakerRecords('The airline ordered 40 jets to replace its fleet.')).toEqual([]);
    expect(speakerRecords('She pressed the button to open the gate.')).toEqual([]);
    expect(speakerRecords('The unions pressed for talks.')).toEqual([]);
  });
});
