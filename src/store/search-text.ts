import { STOP_WORDS } from './stop-words.js';

/**
 * User search text, parsed once for both dialects into plain terms and quoted phrases. Nothing the user types
 * is ever passed to FTS5 or tsquery as syntax: punctuation (NEAR(…), -, *, ^, :) vanishes, and the words AND, OR,
 * NOT, wherever they stand (`a OR`, `OR train`, `train AND bus`), are stop words like "the", dropped for both
 * dialects (stop-words.ts), so no query can raise a syntax error, change the query's shape, or find other
 * articles in SQLite than in PostgreSQL.
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
/** Most terms searched for; the web edition and the API refuse a longer query by name (parse-query.ts). */
export const MAX_TERMS = 32;

/**
 * Splits search text into terms and "quoted phrases"; an unbalanced quote runs to the end. Stop words are
 * dropped: a plain one, and those that open or close a phrase, as PostgreSQL's parser drops them. A stop word
 * inside a phrase stays (FTS5 then asks for that very word where PostgreSQL takes any: a narrower match).
 */
export function parseSearchText(text: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  const parts = text.slice(0, MAX_TEXT).split('"');
  parts.forEach((part, index) => {
    const quoted = index % 2 === 1;
    const words = part.match(WORD) ?? [];
    if (quoted) {
      const phrase = trimStopWords(words);
      if (phrase.length > 1) terms.push({ words: phrase, phrase: true });
      else if (phrase.length === 1) terms.push({ words: phrase, phrase: false });
    } else {
      for (const word of words) if (!isStopWord(word)) terms.push({ words: [word], phrase: false });
    }
  });
  return terms.slice(0, MAX_TERMS);
}

/** True when the text has a word to search for that parseSearchText dropped with every other: `a OR`, `the`. */
export function onlyStopWords(text: string): boolean {
  return /[\p{L}\p{N}\p{M}]/u.test(text.slice(0, MAX_TEXT)) && parseSearchText(text).length === 0;
}

function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase());
}

/** The phrase's words from the first to the last that is not a stop word. */
function trimStopWords(words: readonly string[]): string[] {
  const start = words.findIndex((w) => !isStopWord(w));
  if (start < 0) return [];
  const end = words.findLastIndex((w) => !isStopWord(w));
  return words.slice(start, end + 1);
}

/** An FTS5 MATCH expression: every term a quoted string (so never an operator), all terms required. */
export function toFts5Match(terms: readonly SearchTerm[]): string {
  return terms.map((t) => `"${t.words.join(' ')}"`).join(' ');
}

/** A `websearch_to_tsquery` input with the same meaning: each term quoted, so `or` and `-` stay words. */
export function toWebsearch(terms: readonly SearchTerm[]): string {
  return terms.map((t) => `"${t.words.join(' ')}"`).join(' ');
}
