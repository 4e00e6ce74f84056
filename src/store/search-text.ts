/**
 * User search text, parsed once for both dialects into plain terms and quoted phrases. Nothing the user types
 * is ever passed to FTS5 or tsquery as syntax: operators (AND, OR, NOT, NEAR(…), -, *, ^, :) become plain words
 * or vanish with the punctuation, so no query can raise a syntax error or change the query's shape.
 */
export interface SearchTerm {
  /** Words of the term; more than one for a quoted phrase. */
  words: string[];
  phrase: boolean;
}

// Words are runs of letters, digits and marks; everything else separates words, as both tokenizers do.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
// Bounds on hostile input: a query of 10 kB or 500 terms costs the database, not the user.
const MAX_TEXT = 1000;
const MAX_TERMS = 32;

/** Splits search text into terms and "quoted phrases"; an unbalanced quote runs to the end. */
export function parseSearchText(text: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  const parts = text.slice(0, MAX_TEXT).split('"');
  parts.forEach((part, index) => {
    const quoted = index % 2 === 1;
    const words = part.match(WORD) ?? [];
    if (quoted && words.length > 1) terms.push({ words, phrase: true });
    else for (const word of words) terms.push({ words: [word], phrase: false });
  });
  return terms.slice(0, MAX_TERMS);
}

/** An FTS5 MATCH expression: every term a quoted string (so never an operator), all terms required. */
export function toFts5Match(terms: readonly SearchTerm[]): string {
  return terms.map((t) => `"${t.words.join(' ')}"`).join(' ');
}

/** A `websearch_to_tsquery` input with the same meaning: each term quoted, so `or` and `-` stay words. */
export function toWebsearch(terms: readonly SearchTerm[]): string {
  return terms.map((t) => `"${t.words.join(' ')}"`).join(' ');
}
