import type { SearchQuery } from './port.js';

/** The filters a search box accepts as `name:value` or `name:"two words"`, and the SearchQuery field each sets. */
export const SEARCH_OPERATORS: Readonly<Record<string, keyof SearchQuery>> = {
  quoted: 'quoted', // speaker of an attribution, by a name or a word of one: quoted:KCNA, quoted:Putin
  about: 'about', // entity name or alias, or a word of one: about:"Kim Jong Un", about:Kim
  place: 'place', // place entity: place:Vladivostok
  outlet: 'outlet', // outlet as listed: outlet:Yonhap
  lang: 'language', // BCP 47 primary tag: lang:en
  from: 'from', // first day, inclusive: from:2019-04-24
  to: 'to', // last day, inclusive: to:2019-04-25
};

const OPERATOR = /(?:^|\s)([a-z]+):(?:"([^"]*)"?|(\S+))/gi;

/**
 * Splits what a reader typed into free text and filters: `train about:"Kim Jong Un" from:2019-04-01`.
 * Unknown `name:` prefixes stay in the text (a headline may contain "Update: …"). The text is still hostile;
 * the store escapes it.
 */
export function parseSearchSyntax(input: string): Omit<SearchQuery, 'limit' | 'offset'> {
  const query: Omit<SearchQuery, 'limit' | 'offset'> = { text: '' };
  const text = input.replace(OPERATOR, (whole, name: string, quoted: string | undefined, bare: string | undefined) => {
    const field = SEARCH_OPERATORS[name.toLowerCase()];
    const value = (quoted ?? bare ?? '').trim();
    if (!field || !value) return whole;
    (query as Record<string, string>)[field] = value;
    return ' ';
  });
  query.text = text.replace(/\s+/g, ' ').trim();
  return query;
}

/**
 * The first operator typed twice with different values (`about:Kim about:Putin`), as typed, or null. A query
 * holds one value per filter: parseSearchSyntax keeps the last, so the search would quietly drop the first.
 */
export function repeatedOperator(input: string): { name: string; values: [string, string] } | null {
  const seen = new Map<keyof SearchQuery, string>();
  for (const [, name, quoted, bare] of input.matchAll(OPERATOR)) {
    const field = SEARCH_OPERATORS[name!.toLowerCase()];
    const value = (quoted ?? bare ?? '').trim();
    if (!field || !value) continue;
    const before = seen.get(field);
    if (before !== undefined && before.toLowerCase() !== value.toLowerCase())
      return { name: name!.toLowerCase(), values: [before, value] };
    seen.set(field, value);
  }
  return null;
}
