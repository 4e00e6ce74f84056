/** A calendar date as the publisher printed it, with the time and offset only when the page gives them. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  /** Present only when the source gives a time. */
  time: { hour: number; minute: number; second: number } | null;
  /** "Z", "+01:00", "-05:00"; null when the source gives no offset (a floating local time). */
  offset: string | null;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** The day as printed: "2024-03-03". */
export function dayOf(p: DateParts): string {
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** ISO 8601 keeping the publisher's offset: "2024-03-03T15:45:00-05:00", "…T07:00:02Z", or "2024-03-03". */
export function formatIso(p: DateParts): string {
  if (!p.time) return dayOf(p);
  const t = `${pad(p.time.hour)}:${pad(p.time.minute)}:${pad(p.time.second)}`;
  return `${dayOf(p)}T${t}${p.offset ?? ''}`;
}

/** Minutes east of UTC for an offset string; 0 for "Z"; null when absent. */
export function offsetMinutes(offset: string | null): number | null {
  if (!offset) return null;
  if (offset === 'Z') return 0;
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (!m) return null;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** "+0100" / "+01" / "+01:00" / "z" → "+01:00" / "Z"; null for anything else or an impossible offset. */
export function normalizeOffset(raw: string | null | undefined): string | null {
  if (!raw) return null;
  if (/^z$/i.test(raw)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(raw.trim());
  if (!m) return null;
  const h = Number(m[2]);
  const min = Number(m[3] ?? '0');
  if (h > 14 || min > 59) return null;
  return `${m[1]}${pad(h)}:${pad(min)}`;
}

/**
 * The earliest instant the date can stand for, in UTC milliseconds: a bare day starts at 00:00, and a floating
 * time is read in the easternmost zone (UTC+14), so a date is never called "future" unfairly.
 */
export function earliestInstant(p: DateParts): number {
  const t = p.time ?? { hour: 0, minute: 0, second: 0 };
  const utc = Date.UTC(p.year, p.month - 1, p.day, t.hour, t.minute, t.second);
  const off = p.time ? offsetMinutes(p.offset) : null;
  return utc - (off ?? 14 * 60) * 60_000;
}

/** Whether the fields make a real calendar date and time. */
export function isValid(p: DateParts): boolean {
  if (p.month < 1 || p.month > 12 || p.day < 1) return false;
  const days = new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
  if (p.day > days) return false;
  if (p.time && (p.time.hour > 23 || p.time.minute > 59 || p.time.second > 60)) return false;
  return true;
}
