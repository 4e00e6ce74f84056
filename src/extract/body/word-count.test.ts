import { describe, expect, it } from 'vitest';
import { isSpaceCode, wordCount } from './word-count.js';

describe('wordCount', () => {
  it('counts what /\\S+/g matches, whatever the white space', () => {
    const samples = [
      '',
      '   ',
      'one',
      ' one  two\tthree\nfour ',
      'a\u00a0b\u2009c\u3000d\ufeffe\u2028f',
      'Пхеньян — КНДР',
      '北京 2024年3月3日',
      'emoji 👍🏽 count',
    ];
    for (const s of samples) expect(wordCount(s), JSON.stringify(s)).toBe(s.match(/\S+/g)?.length ?? 0);
  });

  it('agrees with \\s on every UTF-16 code unit', () => {
    const disagree: string[] = [];
    for (let c = 0; c <= 0xffff; c++)
      if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) disagree.push(c.toString(16));
    expect(disagree).toEqual([]);
  });
});
