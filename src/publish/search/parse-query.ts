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

/**
 * The search form's fields as a page or feed URL carries them; an empty filter is absent. A type, not an
 * interface, so that it passes as the string record `withQuery` takes.
 */
export type SearchForm = {
  q: string;
  outlet: string | undefined;
  language: string | undefined;
  from: string | undefined;
  to: string | undefined;
};

/** Reads the search form from a request's query parameters (`param` returns undefined for a missing one). */
export function searchFormOf(param: (name: string) => string | undefined): SearchForm {
  return {
    q: param('q') ?? '',
    outlet: param('outlet') || undefined,
    language: param('language') || undefined,
    from: param('from') || undefined,
    to: param('to') || undefined,
  };
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
