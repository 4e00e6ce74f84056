/**
 * Parses the search box: operators (`quoted:KCNA`, `about:"Kim Jong Un"`, `place:Vladivostok`, `outlet:`,
 * `lang:`, `from:`, `to:`) become the store's query fields; everything else stays free text, phrases kept.
 */
import type { SearchQuery } from '../../store/port.js';

type Field = 'quoted' | 'about' | 'place' | 'outlet' | 'language' | 'from' | 'to';

/** Operator names as typed → query field. */
const OPERATORS: Readonly<Record<string, Field>> = {
  quoted: 'quoted', // who is quoted (attribution speaker)
  about: 'about', // an entity the article mentions
  place: 'place', // a place entity
  outlet: 'outlet',
  lang: 'language',
  language: 'language',
  from: 'from', // ISO date, inclusive
  to: 'to',
};

const OPERATOR_RE = /(?:^|\s)([a-z]+):(?:"([^"]*)"|(\S+))/gi;

export type ParsedSearch = Omit<SearchQuery, 'limit' | 'offset'>;

/** Splits operators from free text; unknown `word:` tokens stay in the text. */
export function parseSearch(input: string): ParsedSearch {
  const out: ParsedSearch = { text: '' };
  const text = input.slice(0, 500).replace(OPERATOR_RE, (whole, name: string, quoted?: string, bare?: string) => {
    const field = OPERATORS[name.toLowerCase()];
    const value = (quoted ?? bare ?? '').trim();
    if (!field) return whole;
    if (value) out[field] = value;
    return ' ';
  });
  out.text = text.replace(/\s+/g, ' ').trim();
  return out;
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
