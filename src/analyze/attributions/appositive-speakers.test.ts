import { describe, expect, it } from 'vitest';
import { speakerRecords } from './testing/records.js';

/** A named speaker with an appositive role, a cue and a quotation (patterns.ts, lastCueBeforeColon). */
describe('named speakers with an appositive role', () => {
  it('reads "said:" and "told reporters:" before a quotation in the same sentence', () => {
    expect(
      speakerRecords('Ingrid Solberg, a spokeswoman for the ferry company, said: “The crossings resume at dawn.”'),
    ).toEqual(['Ingrid Solberg: The crossings resume at dawn']);
    expect(
      speakerRecords('Tomas Herrera, the mayor of the coastal town, told reporters: “Nobody will be left behind.”'),
    ).toEqual(['Tomas Herrera: Nobody will be left behind']);
  });

  it('reads the cue without a colon', () => {
    expect(
      speakerRecords('Ingrid Solberg, a spokeswoman for the ferry company, said “The crossings resume at dawn.”'),
    ).toEqual(['Ingrid Solberg: The crossings resume at dawn']);
  });

  it('takes the quotation that opens the next paragraph, with or without a colon', () => {
    const said = 'Ingrid Solberg, a spokeswoman for the ferry company, said';
    const told = 'Tomas Herrera, the mayor of the coastal town, told reporters';
    const quote = '“Nobody will be left behind.” The council meets again on Thursday.';
    expect(speakerRecords(`${said}:\n\n${quote}`)).toEqual(['Ingrid Solberg: Nobody will be left behind']);
    expect(speakerRecords(`${said}\n\n${quote}`)).toEqual(['Ingrid Solberg: Nobody will be left behind']);
    expect(speakerRecords(`${told}\n\n${quote}`)).toEqual(['Tomas Herrera: Nobody will be left behind']);
  });

  it('takes no next paragraph that opens no quotation, and keeps the clause of a cue far from the paragraph end', () => {
    expect(
      speakerRecords(
        'Tomas Herrera, the mayor of the coastal town, said\n\nThe council meets again on Thursday to discuss the harbour.',
      ),
    ).toEqual([]);
    expect(
      speakerRecords(
        'Tomas Herrera said the town had been warned about the storm for weeks\n\n“Nobody will be left behind.”',
      ),
    ).toContain('Tomas Herrera: the town had been warned about the storm for weeks');
  });
});
