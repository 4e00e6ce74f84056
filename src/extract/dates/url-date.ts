/** Dates in URLs: "/2024/03/03/", "/2024-03-03-", "/20240303/", "/2024/mar/03/". A year and month alone give no day, so nothing. */
import type { DateParts } from './parts.js';

const PATTERNS: readonly RegExp[] = [
  /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$|[-_])/, // WordPress and most CMSs
  /[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)/, // slug dates
  /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_-]|\.\w+$)/, // compact "/20240303/", "-20240303.html"
  /\/((?:19|20)\d{2})-(\d{2})\/(\d{2})\//, // year-month, then day: "/2024-03/03/" (Chinese news agencies)
  /\/((?:19|20)\d{2})\/(\d{2})(\d{2})\//, // year, then month and day: "/2024/0303/" (Chinese dailies)
];

/** "/2019/nov/18/": the Guardian's and others' month abbreviations. */
const NAMED_MONTH = /\/((?:19|20)\d{2})\/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\/(\d{1,2})(?:\/|$)/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The path of an absolute address; null for none or one that does not parse. */
function pathOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}

export function urlDate(url: string | null): DateParts | null {
  const path = pathOf(url);
  if (path === null) return null;
  for (const re of PATTERNS) {
    const m = re.exec(path);
    if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), time: null, offset: null };
  }
  const named = NAMED_MONTH.exec(path);
  if (named) {
    const month = MONTHS.indexOf(named[2]!.toLowerCase()) + 1;
    return { year: Number(named[1]), month, day: Number(named[3]), time: null, offset: null };
  }
  return null;
}

/** A year (and month, when given) as the first path segments of an address: "/2017/03/slug", "/2017/slug". */
const PATH_YEAR = /^\/(?:[\w-]+\/){0,2}((?:19|20)\d{2})\/(?:(\d{1,2})\/)?/i;

/** The year and month an address names; null when it names none. */
export function urlYear(url: string | null): { year: number; month: number | null } | null {
  const path = pathOf(url);
  if (path === null) return null;
  const m = PATH_YEAR.exec(path);
  if (!m) return null;
  const month = m[2] ? Number(m[2]) : null;
  return { year: Number(m[1]), month: month && month <= 12 ? month : null };
}
