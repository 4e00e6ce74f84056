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

describe('scene-setting openers', () => {
  it('takes no participle phrase before the speaker as content (patterns.ts participlePhrase)', () => {
    expect(chained('Closing her speech, Dana Holt told the story of a bakery on her street.')).toEqual([]);
    expect(chained('Hoping for a compromise, the envoy told reporters.')).toEqual([]);
    // A gerund that is a clause's subject has a verb: the clause is what was said.
    expect(chained('Raising the levy would hurt farmers, Dana Holt told reporters.')).toEqual([
      'Dana Holt: Raising the levy would hurt farmers',
    ]);
    // With its reported clause after the cue, the record keeps that clause.
    expect(chained('Closing her speech, Dana Holt said the bakery would reopen.')).toEqual([
      'Dana Holt: the bakery would reopen',
    ]);
  });

  it('takes no "Near the end of …" or "Toward …" setting before the speaker as content (OPENING_ADVERBIAL)', () => {
    expect(chained('Near the end of the rally, the candidate told the story of her grandfather.')).toEqual([]);
    expect(chained('Toward the close of the hearing, the judge told the story of a similar case.')).toEqual([]);
  });
});

describe('"it" after a decree', () => {
  it('takes a decree or an order opening the sentence before as what "it" stands for, not a person (pronouns.ts BODY_HEAD)', () => {
    expect(
      chained(
        'Okafor spoke to the nation on Sunday. The decree closed every school in the province. It also ordered the teachers to stay home.',
      ),
    ).toEqual(['decree: to stay home']);
  });
});

describe('retorts', () => {
  it('reads "shot back that", "fired back that" as a reply with its clause (cues.ts PHRASAL_CUES)', () => {
    expect(chained('The treasurer shot back that the deficit figures had been doctored.')).toEqual([
      'treasurer: the deficit figures had been doctored',
    ]);
    expect(chained('Dana Holt fired back that the audit was a smear.')).toEqual(['Dana Holt: the audit was a smear']);
    // No clause, or "that" of a time: no record.
    expect(chained('The guards fired back at the gunmen.')).toEqual([]);
    expect(chained('The rebels fired back that evening.')).toEqual([]);
    expect(chained('The winger shot back into the box.')).toEqual([]);
  });
});
