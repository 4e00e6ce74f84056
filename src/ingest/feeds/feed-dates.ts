/**
 * Feed dates to ISO 8601, keeping the publisher's offset (the vocabulary's rule: the date part is the day the
 * publisher printed). RSS uses RFC 822 ("Sun, 10 Sep 2023 14:05:00 +0900"), Atom and JSON Feed RFC 3339.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** RFC 822 zone names still seen in feeds, as offsets in minutes (RFC 822 §5.1). */
const ZONES: Readonly<Record<string, number>> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
};

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function offset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

const RFC822 =
  /^(?:[a-z]{3,9},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{4}|[a-z]{1,5})?/i;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

function valid(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  return y >= 1990 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h < 24 && mi < 60 && s < 61;
}

/** Parses a feed date; null when absent or unparseable (never invented). */
export function parseFeedDate(raw: string | null | undefined): string | null {
  const s = raw?.trim();
  if (!s) return null;
  const iso = RFC3339.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, sec, tz] = iso;
    if (!valid(+y!, +mo!, +d!, +(h ?? 0), +(mi ?? 0), +(sec ?? 0))) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    const zone = !tz ? '' : tz.toUpperCase() === 'Z' ? 'Z' : tz.includes(':') ? tz : `${tz.slice(0, 3)}:${tz.slice(3)}`;
    return `${y}-${mo}-${d}T${h}:${mi}:${pad(+(sec ?? 0))}${zone}`;
  }
  const m = RFC822.exec(s);
  if (!m) return null;
  const [, d, mon, yy, h, mi, sec, tz] = m;
  const month = MONTHS[mon!.toLowerCase()];
  let year = +yy!;
  if (year < 100) year += year < 70 ? 2000 : 1900;
  if (!month || !valid(year, month, +d!, +(h ?? 0), +(mi ?? 0), +(sec ?? 0))) return null;
  const date = `${year}-${pad(month)}-${pad(+d!)}`;
  if (h === undefined) return date;
  let zone = '';
  if (tz && /^[+-]\d{4}$/.test(tz)) {
    const mins = (+tz.slice(1, 3) * 60 + +tz.slice(3)) * (tz[0] === '-' ? -1 : 1);
    zone = offset(mins);
  } else if (tz && ZONES[tz.toLowerCase()] !== undefined) zone = offset(ZONES[tz.toLowerCase()]!);
  return `${date}T${pad(+h)}:${mi}:${pad(+(sec ?? 0))}${zone}`;
}
