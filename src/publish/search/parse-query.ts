/**
 * The search box and form: operators (`quoted:KCNA`, `about:"Kim Jong Un"`, `place:Vladivostok`, `outlet:`,
 * `lang:`, `from:`, `to:`) become the store's query fields, form filters override them, bad dates are dropped.
 */
import type { SearchQuery } from '../../store/port.js';
import { parseSearchSyntax } from '../../store/search-syntax.js';

export type ParsedSearch = Omit<SearchQuery, 'limit' | 'offset'>;

/** Splits operators from free text with the store's own search syntax, so the box and the API agree. */
export function parseSearch(input: string): ParsedSearch {
  return parseSearchSyntax(input.slice(0, 500));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Merges form filters over parsed operators; dates must be ISO `YYYY-MM-DD`. */
export function searchQuery(
  q: string,
  form: { outlet?: string; language?: string; from?: string; to?: string },
): ParsedSearch {
  const parsed = parseSearch(q);
  for (const key of ['outlet', 'language', 'from', 'to'] as const) {
    const v = form[key]?.trim();
    if (v) parsed[key] = v;
  }
  for (const key of ['from', 'to'] as const) if (parsed[key] && !ISO_DATE.test(parsed[key]!)) delete parsed[key];
  return parsed;
}

/** True when the query asks for anything at all. */
export function hasCriteria(q: ParsedSearch): boolean {
  return !!(q.text || q.quoted || q.about || q.place || q.outlet || q.language || q.from || q.to);
}
