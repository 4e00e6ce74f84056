/**
 * Word shingles of normalised body text. Every word is kept (stop words included), because syndicated copies
 * are verbatim: the order of function words is what tells a copy from a rewrite of the same facts.
 */
import { words } from '../text/tokens.js';
import { fnv1a } from './hash.js';

/** Words per shingle: 4 tolerates a typo every dozen words while staying rare across different texts. */
export const SHINGLE_WORDS = 4;

/** The distinct shingle hashes of a text (a text shorter than one shingle gives one shingle of all its words). */
export function shingleSet(text: string, size = SHINGLE_WORDS): Uint32Array {
  const w = words(text);
  const set = new Set<number>();
  if (w.length > 0 && w.length < size) set.add(fnv1a(w.join(' ')));
  for (let i = 0; i + size <= w.length; i++) set.add(fnv1a(w.slice(i, i + size).join(' ')));
  return Uint32Array.from(set);
}
