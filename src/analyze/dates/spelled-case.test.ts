import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { spelledCase } from './spelled-case.js';

/** Every match of `re` over `text`, as [index, ...groups], by exec from each start (the way chrono runs it). */
function matches(re: RegExp, text: string): (string | number | undefined)[][] {
  const out: (string | number | undefined)[][] = [];
  for (let i = 0; i <= text.length; i++) {
    const m = re.exec(text.slice(i));
    if (m) out.push([i + m.index, ...m]);
  }
  return out;
}

const texts = [
  'The ferry sank Three DAYS Ago, and divers arrived two hours later.',
  'About a week after the vote; 5 MINUTES out of town, a Couple Of Weeks before.',
  'ſ and \u212a and ı are not s, k or i: 3 ſecs ago, 4 \u212aM away.',
  'Straße, ÉTÉ, été; tab\there, new\nline; 12.5 yrs earlier; half an hour later',
];

describe('spelledCase', () => {
  it('spells each ASCII letter in both cases and drops the i flag', () => {
    expect(spelledCase(/ago\s(?:x|Y)[0-9]\b/gi)).toEqual(/[aA][gG][oO]\s(?:[xX]|[yY])[0-9]\b/g);
  });

  it('matches what the case-insensitive expression matches, groups included', () => {
    const res = [
      /\b(ago|later)\s*(\w+)/i,
      /(\W|^)(s|sec|k|km|i)\b/i,
      /(?<=in )\d+\s*(?:years?|yrs?)(?!\w)/i,
      /[0-9.]+\s*(?:ft|FT)\s(?=\W|$)/i,
    ];
    for (const re of res) {
      const twin = spelledCase(re);
      expect(twin.flags, re.source).not.toContain('i');
      for (const t of texts) expect(matches(twin, t), `${re.source} on ${t}`).toEqual(matches(re, t));
    }
  });

  it("spells chrono's casual patterns with the same matches", () => {
    const context = new chrono.ParsingContext('', new Date(Date.UTC(2024, 0, 1)));
    for (const parser of chrono.casual.parsers) {
      const re = parser.pattern(context);
      const twin = spelledCase(re);
      for (const t of texts) expect(matches(twin, t), parser.constructor.name).toEqual(matches(re, t));
    }
  });

  it('leaves alone what it cannot read for certain', () => {
    for (const re of [
      /said/, // no i
      /said/iu, // u: 'i' pairs ſ with s
      /caf\u00e9/i,
      /café/i, // non-ASCII
      /[a-z]+/i, // a letter in a class
      /(a)\1/i, // a backreference compares without case
      /\x41b/i, // an escape naming a letter
      /\cJb/i,
      /(?<word>ab)/i, // a named group
    ])
      expect(spelledCase(re), re.source).toBe(re);
  });
});
