import { nameKey } from './name-key.js';
import type { SearchQuery, SearchSort } from './port.js';
import { onlyStopWords, parseSearchText, type SearchTerm } from './search-text.js';

/** A search query checked and normalised once, for either dialect to render. */
export interface SearchPlan {
  terms: SearchTerm[];
  /**
   * The text had words, every one a stop word (`a OR`, `the`), and nothing else was asked: no article is a match,
   * as PostgreSQL finds none for such a query, where listing every article would pass for hits.
   */
  matchesNothing: boolean;
  outlet: string | null;
  language: string | null;
  /** Inclusive bounds on the article's day (YYYY-MM-DD). */
  from: string | null;
  to: string | null;
  /** The name filters as typed, keyed (name-key.ts). */
  speakerKey: string | null;
  aboutKey: string | null;
  placeKey: string | null;
  /**
   * The stored names each filter stands for: the typed key alone until the store resolves it to every name that
   * holds it as whole words (name-match.ts); null without the filter.
   */
  speakerKeys: readonly string[] | null;
  aboutKeys: readonly string[] | null;
  placeKeys: readonly string[] | null;
  /** `relevance` (best first; newest first when there is no text to rank) or `date` (newest first). */
  sort: SearchSort;
  limit: number;
  offset: number;
}

/** The orders a search can be listed in (SearchQuery.sort). */
export const SEARCH_SORTS: readonly SearchSort[] = ['relevance', 'date'];

/** Search counts stop here: counting every match of a common word would cost more than the search. */
export const SEARCH_COUNT_CAP = 1000;
/** The most hits one page may ask for. */
export const MAX_PAGE = 200;

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:$|T)/;

/** Validates and normalises a search query; throws for a malformed date or page bound. */
export function planSearch(query: SearchQuery): SearchPlan {
  const filters = {
    outlet: blankToNull(query.outlet),
    language: blankToNull(query.language)?.toLowerCase() ?? null,
    from: dayBound('from', query.from),
    to: dayBound('to', query.to),
    speakerKey: keyOf(query.quoted),
    aboutKey: keyOf(query.about),
    placeKey: keyOf(query.place),
  };
  const filtered = Object.values(filters).some((value) => value !== null);
  const exact = (key: string | null) => (key === null ? null : [key]);
  return {
    terms: parseSearchText(query.text ?? ''),
    matchesNothing: !filtered && onlyStopWords(query.text ?? ''),
    ...filters,
    speakerKeys: exact(filters.speakerKey),
    aboutKeys: exact(filters.aboutKey),
    placeKeys: exact(filters.placeKey),
    sort: sortOf(query.sort),
    ...pageBounds(query.limit, query.offset),
  };
}

/** Clamps list/search paging: limit 1..MAX_PAGE, offset ≥ 0. */
export function pageBounds(limit: number, offset: number | undefined): { limit: number; offset: number } {
  if (!Number.isFinite(limit) || limit < 0)
    throw new Error(`store: limit must be a non-negative number, not ${quoted(limit)}`);
  if (offset !== undefined && (!Number.isFinite(offset) || offset < 0)) {
    throw new Error(`store: offset must be a non-negative number, not ${quoted(offset)}`);
  }
  return { limit: Math.min(Math.floor(limit), MAX_PAGE), offset: Math.floor(offset ?? 0) };
}

/** The offending input for an error message: JSON-quoted, cut short so a 10,000-character value stays readable. */
function quoted(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function dayBound(name: string, value: string | undefined): string | null {
  if (!value) return null;
  const day = ISO_DATE.exec(value.trim())?.[1];
  if (!day || !Number.isFinite(Date.parse(day)))
    throw new Error(`store: search "${name}" must be an ISO date, not ${quoted(value)}`);
  return day;
}

function sortOf(value: string | undefined): SearchSort {
  if (value === undefined) return 'relevance';
  if ((SEARCH_SORTS as readonly string[]).includes(value)) return value as SearchSort;
  throw new Error(`store: search "sort" must be ${SEARCH_SORTS.join(' or ')}, not ${quoted(value)}`);
}

function keyOf(value: string | undefined): string | null {
  const key = value ? nameKey(value) : '';
  return key || null;
}

function blankToNull(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
