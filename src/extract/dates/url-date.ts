/** Dates in URLs: "/2024/03/03/", "/2024-03-03-", "/20240303/". A year and month alone give no day, so nothing. */
import type { DateParts } from './parts.js';

const PATTERNS: readonly RegExp[] = [
  /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$|[-_])/, // WordPress and most CMSs
  /[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)/, // slug dates
  /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:\/|[-_])/, // compact "/20240303/"
];

export function urlDate(url: string | null): DateParts | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const re of PATTERNS) {
    const m = re.exec(path);
    if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), time: null, offset: null };
  }
  return null;
}
