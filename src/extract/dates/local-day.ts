/**
 * The publisher's own day for a publication time a machine wrote in UTC. JSON-LD and Open Graph often give
 * "2019-11-20T01:50:59Z" for a story the page prints as "Nov. 19, 2019 5:50 PM": the day readers and the
 * newsroom know is the local one. The local zone is learned from a printed date-time of the same story:
 *
 * - one that names its zone ("11:26 pm EST", "+05:30") within a day and a half of the UTC time (published
 *   and updated times of one story; the zone is the newsroom's either way);
 * - one without a zone whose wall-clock time is the UTC time shifted by a whole quarter hour (±2 minutes), at
 *   most 14 hours: "5:50 PM" for 01:50:59Z is UTC−8.
 *
 * A time element whose machine value is the same instant but whose text prints only a day one day off
 * ("December 2, 2016" for 2016-12-01T23:29:49Z) gives that printed day, without a time.
 */
import { earliestInstant, offsetMinutes, type DateParts } from './parts.js';

/** Published and updated times of one story lie within this of each other. */
export const SAME_STORY_MS = 36 * 3_600_000;
/** A floating printed time matches a zone's shift within this many minutes (printed times drop the seconds). */
const SLACK_MINUTES = 2;
const MAX_ZONE_MINUTES = 14 * 60;

/** Whether a date is a time given in UTC ("Z", "+00:00"). */
export function isUtc(p: DateParts): boolean {
  return p.time !== null && offsetMinutes(p.offset) === 0;
}

/** Minutes east of UTC of the publisher's zone, from the first printed date-time that shows it; null if none. */
export function printedZone(utc: DateParts, printed: Iterable<DateParts>): number | null {
  if (!isUtc(utc)) return null;
  const at = earliestInstant(utc);
  for (const q of printed) {
    if (!q.time) continue;
    if (q.offset) {
      const zone = offsetMinutes(q.offset);
      if (zone !== null && Math.abs(earliestInstant(q) - at) <= SAME_STORY_MS) return zone;
      continue;
    }
    const wall = Date.UTC(q.year, q.month - 1, q.day, q.time.hour, q.time.minute, q.time.second);
    const shift = (wall - at) / 60_000;
    const zone = Math.round(shift / 15) * 15;
    // No shift is no evidence: a floating time equal to the UTC one is the same UTC time without its "Z".
    if (zone !== 0 && Math.abs(zone) <= MAX_ZONE_MINUTES && Math.abs(shift - zone) <= SLACK_MINUTES) return zone;
  }
  return null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The same instant as wall-clock time in a zone `minutes` east of UTC. */
export function inZone(utc: DateParts, minutes: number): DateParts {
  if (minutes === 0) return utc;
  const d = new Date(earliestInstant(utc) + minutes * 60_000);
  const abs = Math.abs(minutes);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    time: { hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() },
    offset: `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`,
  };
}

/** A machine-readable instant printed, in the same element, as a day: the printed day if it is one off. */
export function printedDay(utc: DateParts, machine: DateParts, text: DateParts): DateParts | null {
  if (!utc.time || !isUtc(utc) || !machine.time || !machine.offset || text.time) return null;
  if (Math.abs(earliestInstant(machine) - earliestInstant(utc)) > 60_000) return null;
  const gap = Date.UTC(text.year, text.month - 1, text.day) - Date.UTC(utc.year, utc.month - 1, utc.day);
  // A zone of at most 14 hours east or 12 hours west reaches the next or the previous day only from these hours.
  const hour = utc.time.hour;
  const reachable = (gap === 86_400_000 && hour >= 10) || (gap === -86_400_000 && hour < 12);
  return reachable ? { ...text, time: null, offset: null } : null;
}
