import { describe, expect, it } from 'vitest';
import { speakerRecords } from './testing/records.js';

/** A wire lead opens with a dateline before its subject: "TARN —", "TARN, May 2 (Wire) -" (participles.ts). */
describe('leads after a dateline', () => {
  it('reads the subject after the dateline for a participle cue', () => {
    expect(
      speakerRecords(
        'TARN — Health Minister Ana Ruiz on Monday defended a plan to merge nine clinics, telling reporters that the state could no longer afford them.',
      ),
    ).toEqual(['Ana Ruiz: the state could no longer afford them']);
    expect(
      speakerRecords(
        'TARN, May 2 (Coast Wire) - The port authority closed the harbour on Monday, saying the ice had reached the channel.',
      ),
    ).toEqual(['port authority: the ice had reached the channel']);
  });

  it('leaves a participle that describes a charge’s documents to the documents', () => {
    expect(
      speakerRecords('Two clerks were charged on Friday with forging documents, stating the grain had been delivered.'),
    ).toEqual([]);
    expect(speakerRecords('The ministry released a report, saying the harvest had failed.')).toEqual([
      'ministry: the harvest had failed',
    ]);
  });
});
