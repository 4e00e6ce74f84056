import { describe, expect, it } from 'vitest';
import { speakerRecords } from './testing/records.js';

/**
 * Forms of campaign and policy coverage: unnamed knowers of a gerund, relayed quotations in a relative clause, a
 * long plural subject that "they" stands for, an "according to" source of a main clause, a
 * diplomatic cable, a cue that closes a headline.
 */
const chained = (text: string): string[] => speakerRecords(text, { via: true });

describe('campaign desk forms', () => {
  it('reads an -ing noun after a determiner or possessive as what unnamed sources know of (noun-phrase.ts)', () => {
    expect(
      chained('Three people familiar with the governor’s thinking said she would not seek a second term.'),
    ).toEqual(['Three people familiar with the governor’s thinking: she would not seek a second term']);
    expect(chained('Two officials briefed on the bidding said the contract would go to a German firm.')).toEqual([
      'Two officials briefed on the bidding: the contract would go to a German firm',
    ]);
    // A participle after a plain noun still ends the phrase: no speaker "the vote counting".
    expect(chained('After the vote counting ended, the clerk said the count was final.')).toEqual([
      'clerk: the count was final',
    ]);
  });

  it('reads "…, which quoted X as saying" after a passive relay as X’s words through the outlet (participles.ts)', () => {
    expect(
      chained(
        'The resignation was first reported by the Harbour Times, which quoted a cabinet aide as saying the minister had lost the confidence of the party.',
      ),
    ).toEqual(['cabinet aide via Harbour Times: the minister had lost the confidence of the party']);
    // A relative clause inside the subject does not take the main verb's clause.
    expect(
      chained(
        'The Harbour Times, which quoted a cabinet aide as saying the minister had quit, said the post was vacant.',
      ),
    ).toEqual(['Harbour Times: the post was vacant']);
  });

  it('takes a plural subject with a longer post-modifier as whom "they" stands for (pronouns.ts)', () => {
    expect(
      chained('Nurses at the Eastfield general hospital want a new rota, which they say would end double shifts.'),
    ).toEqual(['Nurses at the Eastfield general hospital: would end double shifts']);
    expect(
      chained('Farmers in the upper Kell valley met the minister on Thursday. They said the water quotas were unfair.'),
    ).toEqual(['Farmers in the upper Kell valley: the water quotas were unfair']);
  });

  it('gives an "according to" source the main clause before a subordinate clause its host speaks in (via.ts)', () => {
    expect(
      chained(
        'The mayor delayed the budget vote, according to two aides, after the treasurer told him the figures were wrong.',
      ),
    ).toEqual(['two aides: The mayor delayed the budget vote', 'treasurer via two aides: the figures were wrong']);
    expect(
      chained(
        'The board will sell the harbour depot, a step that unions say will end night shifts, according to two managers.',
      ),
    ).toEqual([
      'two managers: The board will sell the harbour depot',
      'unions via two managers: will end night shifts',
    ]);
    // The host opens its sentence: the phrase relays its words and reports nothing else.
    expect(chained('According to two aides, the treasurer told the mayor the figures were wrong.')).toEqual([
      'treasurer via two aides: the figures were wrong',
    ]);
  });

  it('reads a diplomatic cable, and one sent or leaked, as a document that speaks for its sender (party-kinds.ts)', () => {
    expect(chained('A Foreign Office cable sent in March warned that the consulate was short of staff.')).toEqual([
      'Foreign Office: the consulate was short of staff',
    ]);
    expect(chained('A diplomatic cable said the talks would resume in May.')).toEqual([
      'diplomatic cable: the talks would resume in May',
    ]);
  });

  it('reads a cue set off after a comma at the end of a headline, which has no stop (patterns.ts)', () => {
    expect(chained('Ferry timetable will strand islanders, residents warn\n\nThe council meets on Monday.')).toEqual([
      'residents: Ferry timetable will strand islanders',
    ]);
    expect(chained('Library fund paid for office chairs, records show\n\nThe council meets on Monday.')).toEqual([
      'records: Library fund paid for office chairs',
    ]);
    // No comma, no parenthetical: "Where voters stand" names no speaker.
    expect(chained('Where voters stand on the ferry plan\n\nThe council meets on Monday.')).toEqual([]);
  });
});
