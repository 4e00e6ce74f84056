import { describe, expect, it } from 'vitest';
import { speakerRecords } from './testing/records.js';

/**
 * Whom a document went to, inside the document's phrase; cues of stance and commitment; and phrases that are no
 * speech ("told the story of").
 */
const chained = (text: string): string[] => speakerRecords(text, { via: true });

describe('recipients and stances', () => {
  it('keeps whom a document was sent or circulated to inside its phrase (noun-phrase.ts)', () => {
    expect(chained('A letter sent to parents said the school would reopen after the holidays.')).toEqual([
      'letter sent to parents: the school would reopen after the holidays',
    ]);
    expect(chained('A memo leaked to reporters on Friday warned that the depot would close.')).toEqual([
      'memo leaked to reporters: the depot would close',
    ]);
    // With its author named, the author speaks, not the recipients.
    expect(chained('A memo circulated to staff by the port authority said the berths would be sold.')).toEqual([
      'port authority: the berths would be sold',
    ]);
    // People a letter was sent to, named as the subject of their own verb, still speak.
    expect(chained('The mayor sent a letter to parents, and teachers said the school would reopen.')).toEqual([
      'teachers: the school would reopen',
    ]);
  });
});
