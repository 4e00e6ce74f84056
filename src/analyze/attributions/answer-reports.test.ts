import { describe, expect, it } from 'vitest';
import { speakerRecords } from './testing/records.js';

/** The people a labelled answer reports are records of their own, besides the answer (attributions.ts). */
describe('reports inside labelled answers', () => {
  it('reads the cues of other speakers in a transcript line labelled with a name', () => {
    const text = [
      'The harbour master of Tarn, Ilse Brandvold, spoke to the Coast Ledger about the winter closures.',
      'Coast Ledger: Why close the harbour so early?',
      'Ilse Brandvold: Because the ice came early. The coast guard warned in October that the channel would freeze. I think they were right.',
      'CL: Fishermen say the closure will ruin them.',
      'IB: I understand the anger. But the mayor told me the compensation fund would double.',
    ].join('\n\n');
    expect(speakerRecords(text)).toEqual([
      'Ilse Brandvold: Because the ice came early. The coast guard warned in October that the channel would freeze. I think they were right',
      'coast guard: the channel would freeze',
      'Fishermen: the closure will ruin them',
      'Ilse Brandvold: I understand the anger. But the mayor told me the compensation fund would double',
      'mayor: the compensation fund would double',
    ]);
  });

  it('reads them in a "Q:"/"A:" interview’s answers too, but not the answerer’s own "I think"', () => {
    const text = [
      'The desk spoke with Clara Osei, who chairs the dock workers’ union, before the vote.',
      'Q: Why strike now?',
      'A: Because the board broke its word twice. The port authority admitted last week that the shifts were unsafe.',
      'Q: What would end it?',
      'A: A signed contract. I believe we will get one.',
    ].join('\n\n');
    expect(speakerRecords(text)).toEqual([
      'Clara Osei: Because the board broke its word twice. The port authority admitted last week that the shifts were unsafe',
      'port authority: the shifts were unsafe',
      'Clara Osei: A signed contract. I believe we will get one',
    ]);
  });
});
