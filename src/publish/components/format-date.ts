/** Dates as the publisher printed them: the ISO string's own day and time, never shifted to the server's zone. */

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const; // prettier-ignore

/** "2023-09-11T08:30:00+09:00" → "11 September 2023, 08:30 (UTC+09:00)"; unparseable input is returned as is. */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return iso;
  const day = `${Number(m[3])} ${month} ${m[1]}`;
  if (!m[4]) return day;
  const zone = m[6] === 'Z' ? 'UTC' : m[6] ? `UTC${m[6]}` : '';
  return `${day}, ${m[4]}:${m[5]}${zone ? ` (${zone})` : ''}`;
}
