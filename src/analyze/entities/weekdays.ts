/**
 * The days of the week are no names: "open Mon, Wed or Fri", "Sun, 12 Mar 2006" in a mail header. The tagger
 * read "Sun" as a place and "Sat" or "Mon" as people. A one-word name that is a day's name or short form is left out
 * when another day stands next to it (past a comma, "or", "and", "-" or "/") or a day of the month follows it.
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';

// prettier-ignore
const DAYS: ReadonlySet<string> = new Set([
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
const BETWEEN: ReadonlySet<string> = new Set([',', 'or', 'and', '-', '–', '/', '&']);

const isDay = (t: Token | undefined): boolean => t !== undefined && DAYS.has(t.text.replace(/\.$/, '').toLowerCase());

/** Another day beside token `i`, stepping by `step` over the words between days. */
function dayBeside(tokens: readonly Token[], i: number, step: 1 | -1): boolean {
  let k = i + step;
  while (BETWEEN.has(tokens[k]?.text.toLowerCase() ?? '')) k += step;
  return isDay(tokens[k]);
}

/** A day of the month after the day's name ("Sun 12", "Sun, 12 Mar"). */
function dateAfter(tokens: readonly Token[], i: number): boolean {
  const k = tokens[i + 1]?.text === ',' ? i + 2 : i + 1;
  return /^(?:[1-9]|[12]\d|3[01])$/.test(tokens[k]?.text ?? '');
}

/** `candidates` without days of the week named beside another day or a date. */
export function withoutWeekdays(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  return candidates.filter((c) => {
    if (c.last - c.first !== 1 || !isDay(tokens[c.first])) return true;
    return !(dayBeside(tokens, c.first, -1) || dayBeside(tokens, c.first, 1) || dateAfter(tokens, c.first));
  });
}
