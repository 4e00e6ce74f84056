/**
 * The half of the day and the time zone after a clock time are no names: "posted at 03/14/2009 07:12 PM", "the
 * call is at 9 a.m. (CST)", "at 4 PM PDT". E-mail headers, forum footers and meeting notes print them after every
 * time, and the tagger read a lone "PM" or "CST" at the end of a text or in brackets as an organization. A name
 * made only of such words (`TIME_WORDS`, in capitals) whose word before, past an opening bracket, ends a time (the
 * minutes or seconds of "07:12", an hour before "AM" or "PM", the "m" of "a.m.", "6pm", or another such word) is
 * dropped. Elsewhere the same letters may name something ("the AM band", "Room 12 (CST)"), so they stay.
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';

/** The halves of the day and the time zones that news, forums and e-mail print after a clock time. */
// prettier-ignore
const TIME_WORDS: ReadonlySet<string> = new Set([
  'AM', 'PM', 'GMT', 'UTC', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'AKST', 'AKDT', 'HST', 'CET',
  'CEST', 'EET', 'EEST', 'WET', 'WEST', 'BST', 'IST', 'JST', 'KST', 'AEST', 'AEDT', 'ACST', 'AWST', 'NZST', 'NZDT',
  'MSK', 'SGT', 'HKT', 'ET', 'PT', 'CT', 'MT',
]);

/** An hour with its half of the day: "9am", "5pm", "11p.m.". */
const HOUR_OF_DAY = /^\d{1,2}(?:am|pm|a\.m\.|p\.m\.)$/i;
const HOUR = /^\d{1,2}$/;
const MERIDIEM: ReadonlySet<string> = new Set(['AM', 'PM']);

/**
 * Token k ends a clock time: "08" of "08:36", an hour before "AM"/"PM" (`meridiem`), "9am", another time word, or
 * the "m" / "m." of "a.m." / "p.m.".
 */
function endsTime(tokens: readonly Token[], k: number, meridiem: boolean): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (HOUR_OF_DAY.test(t.text) || TIME_WORDS.has(t.text)) return true;
  if (HOUR.test(t.text)) return meridiem || tokens[k - 1]?.text === ':';
  // "a.m." tokenised as "a . m ." or "a.m.": the "m" after "a"/"p" and a period, with the period after it or not.
  const m = t.text === '.' ? tokens[k - 1] : t;
  const at = t.text === '.' ? k - 1 : k;
  if (!m || !/^(?:m|a\.m|p\.m|a\.m\.|p\.m\.)$/i.test(m.text)) return false;
  if (m.text.length > 1) return true;
  return tokens[at - 1]?.text === '.' && /^[ap]$/i.test(tokens[at - 2]?.text ?? '');
}

/** `candidates` without the halves of the day and time zones that follow a clock time. */
export function withoutClockTimes(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  return candidates.filter((c) => {
    for (let k = c.first; k < c.last; k++) if (!TIME_WORDS.has(tokens[k]!.text)) return true;
    let before = c.first - 1;
    if (tokens[before]?.text === '(') before--;
    return !endsTime(tokens, before, MERIDIEM.has(tokens[c.first]!.text));
  });
}
