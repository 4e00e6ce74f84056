import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences/sentences.js';
import { findDates } from './dates.js';

const t =
  'Kim left on Sunday afternoon. Putin had arrived on Monday for a forum that extended until Wednesday. ' +
  'They first met in 2019. The deal was signed on Jan. 5, 2021.';
const run = (ref: string | null) => findDates(t, splitSentences(t), ref);

describe('findDates', () => {
  it('leaves relative dates unresolved without a reference date and resolves absolute ones', () => {
    const d = run(null);
    expect(d.map((x) => [x.kind, x.resolved])).toEqual([
      ['relative', null],
      ['relative', null],
      ['relative', null],
      ['absolute', '2019'],
      ['absolute', '2021-01-05'],
    ]);
    for (const x of d) expect(t.slice(x.span.start, x.span.end)).toBe(x.text);
  });

  it('resolves a bare weekday to the most recent one, and "until" to the next', () => {
    expect(run('2023-09-11').map((x) => x.resolved)).toEqual([
      '2023-09-10',
      '2023-09-11',
      '2023-09-13',
      '2019',
      '2021-01-05',
    ]);
    expect(run('2023-09-11T23:30:00-04:00')[0]!.resolved).toBe('2023-09-10');
  });

  it('reads an ISO date in a sentence with no month or weekday name, and no date in a bare number', () => {
    const text = 'The filing is dated 2018-08-16. Sales grew from 16 to 80 by 2022.';
    expect(findDates(text, splitSentences(text), '2019-11-20').map((x) => [x.text, x.resolved])).toEqual([
      ['2018-08-16', '2018-08-16'],
      ['by 2022', '2022'],
    ]);
  });
});
