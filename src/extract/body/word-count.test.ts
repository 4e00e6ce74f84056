import { describe, expect, it } from 'vitest';
import { isSpaceCode, readingLength, wordCount } from './word-count.js';

describe('wordCount', () => {
  it('counts what /\\S+/g matches, whatever the white space', () => {
    const samples = [
      '',
      '   ',
      'one',
      ' one  two\tthree\nfour ',
      'a\u00a0b\u2009c\u3000d\ufeffe\u2028f',
      'Пхеньян — КНДР',
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

  it('counts each Han or kana character as a word, CJK punctuation as none, and Hangul by its spaces', () => {
    expect(wordCount('北京 2024年3月3日')).toBe(2 + 1 + 1 + 1 + 1 + 1 + 1); // 北 京 2024 年 3 月 3 日
    expect(wordCount('東京では今日、晴れ')).toBe(8);
    expect(wordCount('서울 시장은 말했다')).toBe(3);
    expect(wordCount('Tokyo（東京）。')).toBe(3);
  });
});

describe('readingLength', () => {
  it('weighs a Han or kana character as three Latin letters and leaves other scripts as they are', () => {
    expect(readingLength('abc')).toBe(3);
    expect(readingLength('東京')).toBe(6);
    expect(readingLength('Пхеньян')).toBe(7);
  });
});
