/**
 * Text normalisation shared by near-duplicate detection and clustering: NFKC, lower case, diacritics folded,
 * words as runs of letters and digits (apostrophes inside words dropped so "Putin's" → "putins" → stem "putin").
 */
import { STOPWORDS } from './stopwords.js';

const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const MARKS = /\p{M}+/gu;
/**
 * Characters no normalisation step changes and that compose with nothing (checked over every one of them): such
 * text is only lower-cased. Most English news bodies are (141 of 172 bodies and titles of the development pages).
 */
const PLAIN = /^[\x00-\x7F\u2010\u2012-\u2015\u2018-\u201F]*$/;

/** Character classes of code points below 0x10000, found once each: 1 letter, 2 digit or other number, 3 neither. */
const classes = new Uint8Array(0x10000);
const LETTER_CLASS = 1;
const NUMBER_CLASS = 2;
const OTHER_CLASS = 3;

function classOf(cp: number): number {
  if (cp < 0x10000) {
    let c = classes[cp]!;
    if (c === 0) classes[cp] = c = classify(cp);
    return c;
  }
  return classify(cp);
}

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return LETTER.test(ch) ? LETTER_CLASS : WORD_CHAR.test(ch) ? NUMBER_CLASS : OTHER_CLASS;
}

const isApostrophe = (cp: number): boolean => cp === 0x27 || cp === 0x2019;

/** A code point of `s` at `i`, as `codePointAt` reads it; most text has no surrogate, which `charCodeAt` reads faster. */
function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? s.codePointAt(i)! : c;
}

/**
 * Reads the words of `text` into `out`: each word as a string (`words`), or its FNV-1a hash over UTF-16 code
 * units, apostrophes dropped (`wordHashes`), computed where the word lies in the folded text. One scanner for both,
 * so shingling (which only hashes words) reads exactly the words clustering does, without building them.
 */
function scanWords(text: string, out: { words: string[] } | { hashes: number[] }): void {
  const folded = PLAIN.test(text)
    ? text.toLowerCase()
    : text.normalize('NFKD').replace(MARKS, '').normalize('NFKC').toLowerCase();
  const strings = 'words' in out ? out.words : null;
  const hashes = 'hashes' in out ? out.hashes : null;
  // A word is a run of letters and digits, then any number of apostrophe + letters ("o'neill's"), whose
  // apostrophes are dropped: what /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/u matched, scanned by hand.
  const n = folded.length;
  let i = 0;
  while (i < n) {
    let cp = codePointAt(folded, i);
    if (classOf(cp) === OTHER_CLASS) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let apostrophes = false;
    do i += cp > 0xffff ? 2 : 1;
    while (i < n && classOf((cp = codePointAt(folded, i))) !== OTHER_CLASS);
    while (
      i + 1 < n &&
      isApostrophe(folded.charCodeAt(i)) &&
      classOf((cp = codePointAt(folded, i + 1))) === LETTER_CLASS
    ) {
      apostrophes = true;
      i++;
      do i += cp > 0xffff ? 2 : 1;
      while (i < n && classOf((cp = codePointAt(folded, i))) === LETTER_CLASS);
    }
    if (strings) {
      const word = folded.slice(start, i);
      strings.push(apostrophes ? word.replace(/['’]/g, '') : word);
    } else {
      // The words before the apostrophes' letters hold none: only the joins do, and they are skipped.
      let h = 0x811c9dc5;
      for (let k = start; k < i; k++) {
        const c = folded.charCodeAt(k);
        if (!apostrophes || !isApostrophe(c)) h = Math.imul(h ^ c, 0x01000193);
      }
      hashes!.push(h >>> 0);
    }
  }
}

/** Lower-cased, accent-folded words in order, stop words included (shingling needs every word). */
export function words(text: string): string[] {
  const out = { words: [] as string[] };
  scanWords(text, out);
  return out.words;
}

/** `fnv1a` (near-duplicates/hash.ts) of each of `words(text)`, without building the words. */
export function wordHashes(text: string): number[] {
  const out = { hashes: [] as number[] };
  scanWords(text, out);
  return out.hashes;
}

/**
 * A light plural/possessive stemmer (Harman 1991 "S" stemmer plus a possessive rule): enough to join
 * "missile/missiles" and "Putin's/Putin" without the over-stemming of Porter on names.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && !word.endsWith('eies') && !word.endsWith('aies')) return word.slice(0, -3) + 'y';
  if (word.endsWith('es') && !/(?:ae|ee|oe)s$/.test(word)) {
    if (/(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
    return word.slice(0, -1);
  }
  if (word.endsWith('s') && !/(?:us|ss)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Content terms for similarity: stop words and one-letter tokens dropped, stemmed. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (w.length < 2 || STOPWORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}
