/**
 * chrono-node's casual English parser with two of its parsers gated by a cheap test, same results. Their patterns
 * (ENTimeUnitAgoFormatParser, ENTimeUnitLaterFormatParser: chrono-node 2.10, casual mode, `PATTERN` in each file)
 * repeat a long case-insensitive alternation of number words and time units up to 11 times: V8 takes 50-70 ms
 * to compile each to native code, on their second run in a process, and on the Scrapinghub dev pages that was
 * most of the dates stage's first-pass cost. Every match of either ends with `${NUMBER}\s{0,3}${UNIT}\s{0,5}`
 * and a keyword followed by a non-word character or the end; a gate asks for a NUMBER's last word, a UNIT and
 * the keyword in that order (looser: any spacing, no word boundaries), so it passes every text the pattern
 * matches. chrono runs a pattern only on suffixes of the text, so a text the gate rejects gives the parser no
 * match; there the gate hands chrono a pattern that never matches, and the parser would have returned nothing.
 */
import * as chrono from 'chrono-node';

/** How chrono's NUMBER_PATTERN can end: a number word or digit, 'half', 'a(n)', 'few', 'several', 'the', 'couple (of)'. */
const NUMBER_END =
  '[0-9]|eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten|half|an?|few|several|the|couple|of';
/** chrono's TIME_UNIT_DICTIONARY keys. */
const UNIT =
  's|sec|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks|mo|mon|mos|month|months|qtr|quarter|quarters|y|yr|year|years';
/** A gated parser: the keyword its casual-mode pattern ends with, and the test built from it. */
export interface Gate {
  keyword: string;
  test: RegExp;
}

const gate = (keyword: string): Gate => ({
  keyword,
  test: new RegExp(String.raw`(?:${NUMBER_END})\s*(?:${UNIT})\s*${keyword}`, 'i'),
});

/** Parser class name → its gate; chrono's patterns end with `\s{0,5}` and the keyword, flags 'i'. */
export const GATES: ReadonlyMap<string, Gate> = new Map([
  ['ENTimeUnitAgoFormatParser', gate(String.raw`(?:ago|before|earlier)(?=\W|$)`)],
  ['ENTimeUnitLaterFormatParser', gate(String.raw`(?:later|after|from now|henceforth|forward|out)(?=(?:\W|$))`)],
]);
const NEVER = /(?!)/;

let gated: chrono.Chrono | null = null;

/** chrono.parse(text, reference) with the gated parsers: built once, on first use. */
export function chronoParse(text: string, reference: chrono.ParsingReference): chrono.ParsedResult[] {
  gated ??= gatedCasual();
  return gated.parse(text, reference);
}

function gatedCasual(): chrono.Chrono {
  const c = chrono.casual.clone();
  c.parsers = c.parsers.map((parser) => {
    const gate = GATES.get(parser.constructor.name)?.test;
    if (!gate) return parser;
    return {
      pattern: (context) => (gate.test(context.text) ? parser.pattern(context) : NEVER),
      extract: (context, match) => parser.extract(context, match),
    };
  });
  return c;
}
