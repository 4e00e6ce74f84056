import { STOP_WORDS } from './stop-words.js';

/**
 * User search text, parsed once for both dialects into plain terms and quoted phrases. Nothing the user types
 * is ever passed to FTS5 or tsquery as syntax: every term is a quoted string, so punctuation (NEAR(…), -, *, ^, :)
 * is only text, and the words AND, OR, NOT, wherever they stand (`a OR`, `OR train`, `train AND bus`), are stop
 * words like "the", dropped for both dialects (stop-words.ts), so no query can raise a syntax error, change the
 * query's shape, or find other articles in SQLite than in PostgreSQL.
 */
export interface SearchTerm {
  /** Words of the term (stop words inside a phrase included); more than one for a phrase. */
  words: string[];
  /** More than one word: asked for side by side (runs apart, see parts). */
  phrase: boolean;
  /**
   * The runs of the term between its stop words, each with the number of stop words after it (0 for the last):
   * "spoke in Berlin" → [spoke, 1], [Berlin, 0]. A run keeps the text as typed, for PostgreSQL's parser.
   */
  parts: SearchPart[];
}

export interface SearchPart {
  /** The run's words as FTS5 reads them: "6.8" is 6 and 8 side by side. */
  words: string[];
  /**
   * The run as typed ("magnitude 6.8", "U.S.", "COVID-19"): PostgreSQL's parser keeps such a word whole in the
   * tsvector ('6.8', 'u.s'), so the query is parsed from the same text to find it (toTsquery).
   */
  text: string;
  gap: number;
}

// Words are runs of letters, digits and marks; everything else separates words, as FTS5's tokenizer does.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
// Bounds on hostile input: a query of 10 kB or 500 terms costs the database, not the user.
const MAX_TEXT = 1000;
/** Most terms searched for; the web edition and the API refuse a longer query by name (parse-query.ts). */
export const MAX_TERMS = 32;

/**
 * Splits search text into terms and "quoted phrases"; an unbalanced quote runs to the end. Outside quotes a term
 * is what stands between spaces: a word, or one written with punctuation inside ("U.S.", "6.8", "COVID-19"),
 * whose words stand side by side. Stop words are dropped: a plain one, and those that open or close a term, as
 * PostgreSQL's parser drops them. A chunk of stop words inside a phrase is a place holder: PostgreSQL does not
 * index stop words, so neither store searches for them, and the runs either side must stand at most that many
 * words apart (see toFts5Match).
 */
export function parseSearchText(text: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  text
    .slice(0, MAX_TEXT)
    .split('"')
    .forEach((part, index) => {
      const chunks = part.split(/\s+/).filter((chunk) => HAS_WORD.test(chunk));
      if (index % 2 === 1) {
        const term = termOf(chunks);
        if (term) terms.push(term);
      } else for (const term of chunks.map((chunk) => termOf([chunk]))) if (term) terms.push(term);
    });
  return terms.slice(0, MAX_TERMS);
}

const HAS_WORD = /[\p{L}\p{N}\p{M}]/u;

/** The term of chunks of text side by side, or null when they hold only stop words. */
function termOf(chunks: readonly string[]): SearchTerm | null {
  const split = chunks.map((chunk) => ({ chunk, words: chunk.match(WORD) ?? [] }));
  const content = (c: { words: string[] }) => c.words.some((w) => !isStopWord(w));
  const first = split.findIndex(content);
  if (first < 0) return null;
  const kept = split.slice(first, split.findLastIndex(content) + 1);
  const parts: SearchPart[] = [];
  for (const [i, c] of kept.entries()) {
    const last = parts.at(-1);
    if (!content(c)) last!.gap += c.words.length;
    else {
      // The term's own stop words at its ends, inside a chunk ("Putin's", "U.S."), are PostgreSQL's to drop and
      // FTS5's to skip; inside the term they hold their place ("Putin's army": putin, s, army).
      const from = i === 0 ? c.words.findIndex((w) => !isStopWord(w)) : 0;
      const to = i === kept.length - 1 ? c.words.findLastIndex((w) => !isStopWord(w)) + 1 : c.words.length;
      const words = c.words.slice(from, to);
      if (last && last.gap === 0) {
        last.words.push(...words);
        last.text += ` ${c.chunk}`;
      } else parts.push({ words, text: c.chunk, gap: 0 });
    }
  }
  const words = parts.flatMap((p) => p.words);
  return { words, phrase: words.length > 1, parts };
}

/** True when the text has a word to search for that parseSearchText dropped with every other: `a OR`, `the`. */
export function onlyStopWords(text: string): boolean {
  return HAS_WORD.test(text.slice(0, MAX_TEXT)) && parseSearchText(text).length === 0;
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase());
}

/** The words from the first to the last that is not a stop word. */
function trimStopWords(words: readonly string[]): string[] {
  const start = words.findIndex((w) => !isStopWord(w));
  if (start < 0) return [];
  const end = words.findLastIndex((w) => !isStopWord(w));
  return words.slice(start, end + 1);
}

/**
 * The one meaning both stores give a phrase with stop words inside ("spoke in Berlin", "Bank of England"):
 * PostgreSQL's tsvector holds no stop words, so the stop word cannot be asked for, and FTS5 has no "any one
 * word" to put in its place; both can ask that the runs either side stand within that many words of each other,
 * in either order (FTS5 NEAR; the same positions spelt out in tsquery). A phrase without one is matched exactly.
 */
function nearPairs(t: SearchTerm): { a: SearchPart; b: SearchPart; gap: number }[] {
  return t.parts.slice(1).map((b, i) => ({ a: t.parts[i]!, b, gap: t.parts[i]!.gap }));
}

/** An FTS5 MATCH expression: every term a quoted string (so never an operator), all terms required. */
export function toFts5Match(terms: readonly SearchTerm[]): string {
  return terms
    .map((t) => {
      const pairs = nearPairs(t);
      if (!pairs.length) return `"${t.words.join(' ')}"`;
      return pairs.map(({ a, b, gap }) => `NEAR("${a.words.join(' ')}" "${b.words.join(' ')}", ${gap})`).join(' ');
    })
    .join(' ');
}

/**
 * A `to_tsquery` input with the same meaning as toFts5Match, all terms required. Each run is one quoted operand of
 * the text as typed, which PostgreSQL's parser reads as it read the articles (several words become a phrase,
 * "6.8" the lexeme '6.8'); inside quotes nothing is an operator, a quote is doubled and a backslash (the escape)
 * dropped.
 */
export function toTsquery(terms: readonly SearchTerm[]): string {
  const quote = (p: SearchPart) => `'${p.text.replace(/\\/g, ' ').replace(/'/g, "''")}'`;
  return terms
    .map((t) => {
      const pairs = nearPairs(t);
      if (!pairs.length) return quote(t.parts[0]!);
      const near = pairs.map(({ a, b, gap }) => {
        const apart = Array.from({ length: gap + 1 }, (_, i) => i + 1);
        const orders = [
          [a, b],
          [b, a],
        ] as const;
        return `( ${orders.flatMap(([x, y]) => apart.map((d) => `${quote(x)} <${d}> ${quote(y)}`)).join(' | ')} )`;
      });
      return near.join(' & ');
    })
    .join(' & ');
}

/**
 * Each word of the terms as a term of its own, a word written with punctuation inside ("6.8") kept whole: what a
 * match needs at the least, without positions.
 */
export function everyWord(terms: readonly SearchTerm[]): SearchTerm[] {
  return terms.flatMap((t) =>
    t.parts.flatMap((p) =>
      p.text
        .split(' ')
        .map((chunk) => ({ chunk, words: trimStopWords(chunk.match(WORD) ?? []) }))
        .filter((c) => c.words.length)
        .map((c) => ({
          words: c.words,
          phrase: c.words.length > 1,
          parts: [{ words: c.words, text: c.chunk, gap: 0 }],
        })),
    ),
  );
}
