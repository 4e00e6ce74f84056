import { STOP_WORDS } from './stop-words.js';

/**
 * User search text, parsed once for both dialects into plain terms and quoted phrases. Nothing the user types
 * is ever passed to FTS5 or tsquery as syntax (each word is quoted): punctuation (NEAR(…), -, *, ^, :) vanishes, and the words AND, OR,
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
 * inside a phrase stays in `words` as a place holder: PostgreSQL does not index stop words, so neither store
 * searches for it, and the words either side must stand at most that many words apart (see phraseParts).
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

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase());
}

/** The phrase's words from the first to the last that is not a stop word. */
function trimStopWords(words: readonly string[]): string[] {
  const start = words.findIndex((w) => !isStopWord(w));
  if (start < 0) return [];
  const end = words.findLastIndex((w) => !isStopWord(w));
  return words.slice(start, end + 1);
}

/**
 * A phrase's runs of words that are not stop words, each with the number of stop words after it (0 for the last).
 * "Bank of England" → [{Bank, 1}, {England, 0}].
 */
export function phraseParts(words: readonly string[]): { words: string[]; gap: number }[] {
  const parts: { words: string[]; gap: number }[] = [];
  for (const word of words) {
    const last = parts.at(-1);
    if (isStopWord(word)) {
      if (last) last.gap++;
    } else if (last && last.gap === 0) last.words.push(word);
    else parts.push({ words: [word], gap: 0 });
  }
  return parts;
}

/**
 * The one meaning both stores give a phrase with stop words inside ("spoke in Berlin", "Bank of England"):
 * PostgreSQL's tsvector holds no stop words, so the stop word cannot be asked for, and FTS5 has no "any one
 * word" to put in its place; both can ask that the runs either side stand within that many words of each other,
 * in either order (FTS5 NEAR; the same positions spelt out in tsquery). A phrase without one is matched exactly.
 */
function nearPairs(words: readonly string[]): { a: string[]; b: string[]; gap: number }[] {
  const parts = phraseParts(words);
  return parts.slice(1).map((b, i) => ({ a: parts[i]!.words, b: b.words, gap: parts[i]!.gap }));
}

/** An FTS5 MATCH expression: every term a quoted string (so never an operator), all terms required. */
export function toFts5Match(terms: readonly SearchTerm[]): string {
  return terms
    .map((t) => {
      const pairs = t.phrase ? nearPairs(t.words) : [];
      if (!pairs.length) return `"${t.words.join(' ')}"`;
      return pairs.map(({ a, b, gap }) => `NEAR("${a.join(' ')}" "${b.join(' ')}", ${gap})`).join(' ');
    })
    .join(' ');
}

/**
 * A `to_tsquery` input with the same meaning as toFts5Match: each word a quoted operand (so `or`, `!` and `-`
 * stay words), a phrase's words joined by `<->`, all terms required; stop words are never written.
 */
export function toTsquery(terms: readonly SearchTerm[]): string {
  const quote = (words: readonly string[]) => `( ${words.map((w) => `'${w}'`).join(' <-> ')} )`;
  return terms
    .flatMap((t) => {
      if (!t.phrase) return isStopWord(t.words[0] ?? '') ? [] : [`'${t.words[0]}'`];
      const pairs = nearPairs(t.words);
      if (!pairs.length) return [quote(t.words)];
      return pairs.map(({ a, b, gap }) => {
        const apart = Array.from({ length: gap + 1 }, (_, i) => i + 1);
        const orders = [
          [a, b],
          [b, a],
        ];
        return `( ${orders.flatMap(([x, y]) => apart.map((d) => `${quote(x!)} <${d}> ${quote(y!)}`)).join(' | ')} )`;
      });
    })
    .join(' & ');
}
