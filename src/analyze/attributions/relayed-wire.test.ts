import { describe, expect, it } from 'vitest';
import { speakerRecords } from './testing/records.js';

/** Wire and state-media relays: "X quoted Y as saying", "X, citing Y, said …" (participles.ts, patterns.ts). */
const chained = (text: string): string[] => speakerRecords(text, { via: true });

describe('relayed wire constructions', () => {
  it('reads an appositive between the quoted person and "as saying" as part of who is quoted', () => {
    expect(
      chained('The Valley Courier quoted the county sheriff, Dale Ames, as saying the road would reopen by Friday.'),
    ).toEqual(['Dale Ames via Valley Courier: the road would reopen by Friday']);
  });

  it('takes the quotation before "X quoted Y as saying." at the sentence end as what Y said', () => {
    expect(chained('“The pass stays shut all winter,” the Tarn Gazette quoted Anton Pell as saying.')).toEqual([
      'Anton Pell via Tarn Gazette: The pass stays shut all winter',
    ]);
    expect(chained('The Tarn Gazette quoted Anton Pell as saying.')).toEqual([]);
  });

  it('keeps a phrase, an appositive and a verb after the cue as the reported clause, not an inverted speaker', () => {
    expect(chained('The agency, citing a statement from the army, said the ferry, the Blue Heron, had sunk.')).toEqual([
      'army via agency: the ferry, the Blue Heron, had sunk',
    ]);
    expect(chained('“It sank at dawn,” said the ferry operator, Blue Line, on Tuesday.')).toEqual([
      'Blue Line: It sank at dawn',
    ]);
  });

  it('reads a broadcaster named by its medium as a speaker', () => {
    expect(chained('State television said the border crossing would reopen on Monday.')).toEqual([
      'State television: the border crossing would reopen on Monday',
    ]);
    expect(chained('Tarvish state radio reported that the governor had resigned.')).toEqual([
      'Tarvish state radio: the governor had resigned',
    ]);
  });

  it('never takes the source after "According to" for the sentence’s "she" or "he"', () => {
    expect(
      chained(
        'The finance minister, Ana Ruiz, has been speaking to the broadcaster Kest Radio in the lobby. ' +
          'According to Kest Radio, she said the budget would pass.',
      ),
    ).toEqual(['Ana Ruiz via Kest Radio: the budget would pass']);
  });
});
