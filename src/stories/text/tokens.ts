/**
 * Text normalisation shared by near-duplicate detection and clustering: NFKC, lower case, diacritics folded,
 * words as runs of letters and digits (apostrophes inside words dropped so "Putin's" → "putins" → stem "putin").
 */
import { STOPWORDS } from './stopwords.js';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const MARKS = /\p{M}+/gu;

/** Lower-cased, accent-folded words in order, stop words included (shingling needs every word). */
export function words(text: string): string[] {
  const folded = text.normalize('NFKD').replace(MARKS, '').normalize('NFKC').toLowerCase();
  const out: string[] = [];
  for (const m of folded.matchAll(WORD)) out.push(m[0].replace(/['’]/g, ''));
  return out;
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
