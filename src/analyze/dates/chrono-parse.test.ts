import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { chronoParse, GATES } from './chrono-parse.js';

const reference = { instant: new Date(Date.UTC(2024, 0, 1, 12)), timezone: 0 };
const summary = (rs: chrono.ParsedResult[]) => rs.map((r) => [r.index, r.text, r.start.date().toISOString()]);

describe('chronoParse', () => {
  it('gates only parsers whose casual pattern ends or starts with the gate anchor and holds its units', () => {
    const context = new chrono.ParsingContext('', reference.instant);
    for (const [name, gate] of GATES) {
      const parser = chrono.casual.parsers.find((p) => p.constructor.name === name);
      expect(parser, name).toBeDefined();
      const pattern = parser!.pattern(context);
      if (gate.at === 'end') expect(pattern.source.endsWith(String.raw`\s{0,5}` + gate.anchor), name).toBe(true);
      else expect(pattern.source.startsWith(String.raw`(\W|^)` + gate.anchor + '('), name).toBe(true);
      expect(pattern.flags).toBe(gate.test.flags);
      // The pre-test is the gate's own tail, same flags: it passes every text the gate passes.
      if (gate.first)
        expect([gate.test.source.endsWith(gate.first.source), gate.first.flags], name).toEqual([true, 'i']);
      const units = /\|sec\|[^)]*/.exec(gate.test.source)![0].split('|').slice(1);
      for (const u of units) expect(pattern.source, u).toMatch(new RegExp(`[(:|]${u}[|)]`));
    }
  });

  it('finds what chrono finds, with and without the gate keywords', () => {
    const sentences = [
      'The ferry sank three days ago, and divers arrived two hours later.',
      'About a week after the vote, the council met again; a month earlier it had refused.',
      'Shops reopened 5 minutes out of town on Friday.',
      'The harbour froze on Jan. 5, 2021, at 9:30 a.m.',
      'Nobody came to the meeting at the town hall.',
      'Within about two weeks the bridge reopened; for 3 months it had been shut, and last 5 days3 hours were tense.',
      'In these houses, for the harvest, next to the past, this head of the mine spoke in a daze.',
      'She left before the storm and came back after it, a couple of weeks out from the election.',
      'Half an hour before dawn, and a few minutes after 6 a.m., the alarm sounded; 3 hrs later it stopped.',
      'The mine closed 1 yr and 2 mos before 2019, and several quarters after the strike.',
      'Prices rose 4.5% this week, from $12.99 to $13.50.',
    ];
    for (const s of sentences)
      expect(summary(chronoParse(s, reference)), s).toEqual(summary(chrono.parse(s, reference)));
    expect(chronoParse(sentences[0]!, reference).map((r) => r.text)).toEqual(['three days ago', 'two hours later']);
  });
});
