/**
 * Word shingles of normalised body text. Every word is kept (stop words included), because syndicated copies
 * are verbatim: the order of function words is what tells a copy from a rewrite of the same facts. Each word is
 * hashed once and a shingle's hash combines its words' hashes, so no shingle string is ever built.
 */
import { wordHashes } from '../text/tokens.js';
import { fmix32 } from './hash.js';

/** Words per shingle: 4 tolerates a typo every dozen words while staying rare across different texts. */
export const SHINGLE_WORDS = 4;

/**
 * The distinct shingle hashes of a text, in ascending order (a text shorter than one shingle gives one shingle of
 * all its words). Sorted and deduplicated in a typed array: a Set of them boxed every hash past 2^31.
 */
export function shingleSet(text: string, size = SHINGLE_WORDS): Uint32Array {
  const hashes = wordHashes(text);
  const combine = (from: number, to: number): number => {
    let h = 0x2545f491;
    for (let i = from; i < to; i++) h = fmix32(Math.imul(h, 0x01000193) ^ hashes[i]!);
    return h;
  };
  if (hashes.length === 0) return new Uint32Array(0);
  if (hashes.length < size) return Uint32Array.of(combine(0, hashes.length));
  const all = new Uint32Array(hashes.length - size + 1);
  for (let i = 0; i < all.length; i++) all[i] = combine(i, i + size);
  all.sort();
  let distinct = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[distinct++] = all[i]!;
  return all.slice(0, distinct);
}
