/**
 * Machine-written dates from metadata: ISO 8601 and its common slips ("2017-11-03 03:01:00.000000",
 * "+0100" offsets, "2024-06-25"), Unix timestamps, and — through the text parser — RFC 2822 or prose dates
 * ("Fri Mar 13 21:30:09 EST 2015"). The offset is kept as written.
 */
import { normalizeOffset, type DateParts } from './parts.js';
import { parseTextDates } from './parse-text.js';

const ISO =
  /^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?\s*$/i;
/** "2024/03/03" and "2024.03.03": year-first numeric dates are unambiguous. */
const YEAR_FIRST = /^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
/** "20170113000004": a compact date and time without separators (the New York Times' ptime and utime tags). */
const COMPACT = /^\s*((?:19|20)\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?\s*$/;
/** Seconds (10 digits) or milliseconds (13 digits) since the epoch; some CMSs emit these. */
const EPOCH = /^\s*(\d{10}|\d{13})\s*$/;

export function parseMachineDate(raw: string | null | undefined, language: string | null = null): DateParts | null {
  if (!raw) return null;
  const s = raw.trim();
  if (!s || s.length > 100) return null;
  const iso = ISO.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, sec, off] = iso;
    return {
      year: Number(y),
      month: Number(mo),
      day: Number(d),
      time: h !== undefined ? { hour: Number(h), minute: Number(mi), second: Number(sec ?? '0') } : null,
      offset: h !== undefined ? normalizeOffset(off) : null,
    };
  }
  const yf = YEAR_FIRST.exec(s);
  if (yf) return { year: Number(yf[1]), month: Number(yf[2]), day: Number(yf[3]), time: null, offset: null };
  const compact = COMPACT.exec(s);
  if (compact) {
    const [, y, mo, d, h, mi, sec] = compact;
    const time = { hour: Number(h), minute: Number(mi), second: Number(sec ?? '0') };
    return { year: Number(y), month: Number(mo), day: Number(d), time, offset: null };
  }
  const epoch = EPOCH.exec(s);
  if (epoch) {
    const ms = epoch[1]!.length === 13 ? Number(epoch[1]) : Number(epoch[1]) * 1000;
    const d = new Date(ms);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      time: { hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() },
      offset: 'Z',
    };
  }
  return parseTextDates(s, language)[0]?.parts ?? null;
}
