/**
 * chrono-node's casual English parser with its four time-unit parsers gated by cheap tests, same results. Their
 * patterns (chrono-node 2.10, casual mode, no `forwardDate`: ENTimeUnitAgoFormatParser, ENTimeUnitLaterFormatParser,
 * ENTimeUnitWithinFormatParser, ENTimeUnitCasualRelativeFormatParser) repeat a long case-insensitive alternation
 * of number words and units up to 11 times: V8 takes 50-70 ms to compile each to native code, on its second run
 * in a process, most of the dates stage's cost on a process's first articles. Each gate is looser than its
 * pattern (any spacing, no word boundaries), so it passes every text the pattern matches:
 * - 'ago' and 'later' matches end with a number's last word, a unit and the keyword: the gate asks for those;
 * - 'within' and casual-relative matches start with chrono's own prefix, then a number and a unit followed by a
 *   non-word character, the end, or the next number of a list ("5 days3 hours"): the gate asks for those.
 * chrono runs a pattern only on suffixes of the text, so a text the gate rejects gives the parser no match; there
 * the gate hands chrono a pattern that never matches, and the parser would have returned nothing.
 */
import * as chrono from 'chrono-node';
import { spelledCase } from './spelled-case.js';

/** chrono's NUMBER_PATTERN, loosened: any spacing, no `\b`, any run of digits and dots. */
const NUMBER = String.raw`[0-9][0-9.]*|eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten|half(?:\s*an?)?|an?(?:\s*few)?|few|several|the|a?\s*couple\s*(?:of)?`;
/** How chrono's NUMBER_PATTERN can start (after spacing) and end. */
const NUMBER_START =
  '[0-9]|eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten|half|a|few|several|the|couple';
const NUMBER_END = `${NUMBER_START}|an|of`;
/** chrono's TIME_UNIT_DICTIONARY keys. */
const UNIT =
  's|sec|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks|mo|mon|mos|month|months|qtr|quarter|quarters|y|yr|year|years';

/** A gated parser: the text its casual-mode pattern ends with (after `\s{0,5}`) or starts with (after `(\W|^)`). */
export interface Gate {
  anchor: string;
  at: 'end' | 'start';
  test: RegExp;
  /**
   * A part of `test` alone, asked first: a text `test` matches holds a match of it, so asking both gives the
   * same answer. The end gates' keyword is rare, while their number-and-unit head starts at almost every 'a'.
   */
  first?: RegExp;
}

const endGate = (keyword: string): Gate => ({
  anchor: keyword,
  at: 'end',
  test: new RegExp(String.raw`(?:${NUMBER_END})\s*(?:${UNIT})\s*${keyword}`, 'i'),
  first: new RegExp(keyword, 'i'),
});

const startGate = (prefix: string): Gate => ({
  anchor: prefix,
  at: 'start',
  test: new RegExp(
    String.raw`${prefix}(?:(?:about|around)\s*)?(?:${NUMBER})\s*(?:${UNIT})(?=\W|$|${NUMBER_START})`,
    'i',
  ),
});

/** Parser class name → its gate; flags 'i', as chrono's. */
export const GATES: ReadonlyMap<string, Gate> = new Map([
  ['ENTimeUnitAgoFormatParser', endGate(String.raw`(?:ago|before|earlier)(?=\W|$)`)],
  ['ENTimeUnitLaterFormatParser', endGate(String.raw`(?:later|after|from now|henceforth|forward|out)(?=(?:\W|$))`)],
  [
    'ENTimeUnitWithinFormatParser',
    startGate(String.raw`(?:within|in|for)\s*(?:(?:about|around|roughly|approximately|just)\s*(?:~\s*)?)?`),
  ],
  ['ENTimeUnitCasualRelativeFormatParser', startGate(String.raw`(this|last|past|next|after|\+|-)\s*`)],
]);
const NEVER = /(?!)/;

let gated: chrono.Chrono | null = null;

/** chrono.parse(text, reference), no options (a `forwardDate` would change a gated pattern), gated parsers. */
export function chronoParse(text: string, reference: chrono.ParsingReference): chrono.ParsedResult[] {
  gated ??= gatedCasual();
  return gated.parse(text, reference);
}

/**
 * The gated parsers' patterns by their spelled-case twins (spelled-case.ts): the same matches, compiled to native
 * code in a fifth of the time ('ago' and 'later': 150-260 ms each → 35 ms), as fast once compiled. Only these: the
 * month-name patterns, run on every date sentence, compile fast either way and run 10-25% slower spelled out.
 */
const spelled = new WeakMap<RegExp, RegExp>();

function spelledPattern(pattern: RegExp): RegExp {
  let twin = spelled.get(pattern);
  if (!twin) spelled.set(pattern, (twin = spelledCase(pattern)));
  return twin;
}

function gatedCasual(): chrono.Chrono {
  const c = chrono.casual.clone();
  c.parsers = c.parsers.map((parser) => {
    const gate = GATES.get(parser.constructor.name);
    if (!gate) return parser;
    const { test, first } = gate;
    const passes = (text: string) => (!first || first.test(text)) && test.test(text);
    return {
      pattern: (context) => (passes(context.text) ? spelledPattern(parser.pattern(context)) : NEVER),
      extract: (context, match) => parser.extract(context, match),
    };
  });
  return c;
}
