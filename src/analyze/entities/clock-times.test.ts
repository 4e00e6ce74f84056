import { describe, expect, it } from 'vitest';
import { withoutClockTimes } from './clock-times.js';
import { findEntities } from './entities.js';
import { readPass, type GivenName } from './testing/read-pass.js';

const read = (text: string, names: GivenName[]): string[] => readPass(withoutClockTimes, text, names);
const names = (text: string): string[] =>
  findEntities(text, []).flatMap((e) => e.mentions.map((m) => `${e.kind}:${m.text}`));

describe('withoutClockTimes', () => {
  it('drops the half of the day and the time zone after a clock time', () => {
    expect(
      read('Posted by Orla Venn at 03/14/2009 07:12:45 PM', [
        ['Orla Venn', 'person'],
        ['PM', 'organization'],
      ]),
    ).toEqual(['person:Orla Venn']);
    expect(read('The briefing opens at 9 a.m. (CST) in Hall B.', [['CST', 'organization']])).toEqual([]);
    expect(read('We dial in at 4 PM PDT on Thursday.', [['PM PDT', 'other']])).toEqual([]);
    expect(read('Doors open at 6pm EST.', [['EST', 'organization']])).toEqual([]);
  });

  it('keeps the same letters where no clock time stands before them', () => {
    expect(read('She tuned the AM band to hear the game.', [['AM', 'organization']])).toEqual(['organization:AM']);
    expect(read('He studied at IST before moving.', [['IST', 'organization']])).toEqual(['organization:IST']);
    expect(read('Room 12 (CST) was booked.', [['CST', 'organization']])).toEqual(['organization:CST']);
  });

  it('leaves a name that holds other words', () => {
    expect(read('At 8 AM General Dynamics called.', [['AM General Dynamics', 'organization']])).toEqual([
      'organization:AM General Dynamics',
    ]);
  });

  it('finds no organization in a forum footer time or a bracketed time zone', () => {
    expect(names('Posted by Orla Venn to Quiet Cove at 11/02/2007 10:41:00 AM')).not.toContain('organization:AM');
    expect(names('Everyone is asked to join the call at 10 a.m. (CDT) tomorrow.')).not.toContain('organization:CDT');
  });
});
