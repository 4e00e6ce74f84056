/**
 * Word shingles of normalised body text. Every word is kept (stop words included), because syndicated copies
 * are verbatim: the order of function words is what tells a copy from a rewrite of the same facts. Each word is
 * hashed once and a shingle's hash combines its words' hashes, so no shingle string is ever built.
 */
import { words } from '../text/tokens.js';
import { fmix32, fnv1a } from './hash.js';

/** Words per shingle: 4 tolerates a typo every dozen words while staying rare across different texts. */
export const SHINGLE_WORDS = 4;

/** The distinct shingle hashes of a text (a text shorter than one shingle gives one shingle of all its words). */
export function shingleSet(text: string, size = SHINGLE_WORDS): Uint32Array {
  const hashes = words(text).map(fnv1a);
  const set = new Set<number>();
  const combine = (from: number, to: number): number => {
    let h = 0x2545f491;
    for (let i = from; i < to; i++) h = fmix32(Math.imul(h, 0x01000193) ^ hashes[i]!);
    return h;
  };
  if (hashes.length > 0 && hashes.length < size) set.add(combine(0, hashes.length));
  for (let i = 0; i + size <= hashes.length; i++) set.add(combine(i, i + size));
  return Uint32Array.from(set);
}
