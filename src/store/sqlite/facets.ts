import { hash } from 'node:crypto';
import type { EntityRow, SpeakerRow } from '../analysis-rows.js';

/**
 * Search filters as FTS5 tokens. Each article's outlet, language, entities, places and speakers are written into
 * a hidden `facets` column as opaque tokens (and the month of its day, for date ranges), so `about:`, `quoted:`, `place:`, outlet and language filters become
 * doclist intersections inside FTS5's MATCH: FTS5 then ranks and sorts only matching rows itself and snippets only
 * the page it returns. Measured on 100k articles, a common word with a selective filter took over a second as a
 * join (BM25 computed for every text match first) and milliseconds as a facet.
 */
export type FacetKind = 'outlet' | 'language' | 'about' | 'place' | 'speaker' | 'month';

const PREFIX: Readonly<Record<FacetKind, string>> = {
  outlet: 'fo',
  language: 'fl',
  about: 'fe',
  place: 'fp',
  speaker: 'fs',
  month: 'fm',
};

/**
 * The token for one facet value: letters and digits only (one unicode61 token), ending in a digit so the porter
 * stemmer leaves it alone. One-shot `hash` (Node 20.12): a `createHash` object per token cost 0.8-1.0 µs, this
 * 0.3, and an article stores one token per entity name, place and speaker.
 */
export function facetToken(kind: FacetKind, key: string): string {
  return `${PREFIX[kind]}${hash('sha1', key, 'hex').slice(0, 16)}0`;
}

/** What an article's facets are made of. */
export interface FacetSource {
  outlet: string;
  language: string | null;
  /** The day date filters use (YYYY-MM-DD): its month narrows date-range searches inside FTS5. */
  day: string;
  entities: readonly EntityRow[];
  speakers: readonly SpeakerRow[];
}

/** The facets column of an article. */
export function facetsText({ outlet, language, day, entities, speakers }: FacetSource): string {
  const tokens = new Set<string>([facetToken('outlet', outlet), facetToken('month', day.slice(0, 7))]);
  if (language) tokens.add(facetToken('language', language));
  for (const entity of entities) {
    tokens.add(facetToken('about', entity.key));
    if (entity.kind === 'place') tokens.add(facetToken('place', entity.key));
  }
  for (const speaker of speakers) tokens.add(facetToken('speaker', speaker.key));
  return [...tokens].join(' ');
}

// Date ranges wider than this are checked row by row only: an OR of more month tokens costs more than it saves.
const MAX_MONTHS = 36;

/**
 * The months a day range covers, for an OR of month facets; null when the range is open at the start or too
 * wide. An open end runs to a year past `today`, so a misdated future article is not lost.
 */
export function monthsBetween(from: string | null, to: string | null, today: string): string[] | null {
  if (!from) return null;
  const end = to ?? `${Number(today.slice(0, 4)) + 1}${today.slice(4, 7)}`;
  const months: string[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  for (let key = from.slice(0, 7); key <= end.slice(0, 7); key = monthKey(year, month)) {
    if (months.length === MAX_MONTHS) return null;
    months.push(key);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

function monthKey(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}
