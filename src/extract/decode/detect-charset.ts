/**
 * The HTML spec's "sniff" step for a page that declares no charset and is not valid UTF-8: guess the legacy
 * encoding from the bytes, or fall back to windows-1252 (the spec's default for an undeclared page).
 *
 * The guess is chardet's (ICU's detector ported to TypeScript): chosen over jschardet because it is small
 * (~300 KiB, no dependencies), typed, actively kept, and ranks every candidate with a confidence, so a weak
 * or tied guess can be refused instead of trusted. Only the decode path for undeclared non-UTF-8 bytes calls
 * it; UTF-8 pages never pay for it.
 */
import chardet from 'chardet';
import { canonicalCharset } from './charset.js';

/** The spec's default for a page that declares nothing (WHATWG HTML "the encoding sniffing algorithm"). */
export const FALLBACK_CHARSET = 'windows-1252';

/**
 * How sure the detector must be. chardet scores 0–100; on news-length text in the wrong single-byte
 * charset the right one scores 20–65 and wrong ones stay under ~12 once markup is filtered out, while a
 * handful of accented letters scores 20–30 for several charsets at once (caught by the tie rule below).
 */
const MIN_CONFIDENCE = 15;
/** Non-ASCII bytes needed before any guess: fewer give the detector nothing to go on (a lone "é"). */
const MIN_HIGH_BYTES = 6;
/** Bytes of filtered text handed to the detector: enough for any real page, and it bounds the cost. */
const SAMPLE_BYTES = 64 * 1024;

/** Detector names that are no legacy page encoding here: UTF-* and 7-bit schemes never reach this path. */
const NOT_A_GUESS = /^(?:ascii|utf-|iso[-_]2022|mbcs|sbcs)/i;

/**
 * The text of the page without its tags, like ICU's "input filter": markup is ASCII and drowns the few
 * non-ASCII letters of a short article in English-looking trigrams (a windows-1251 page scored 12 with its
 * tags, 21 without). chardet has no such option, so it is done here.
 */
function textSample(bytes: Uint8Array): { sample: Uint8Array; highBytes: number } {
  const out = new Uint8Array(Math.min(bytes.length, SAMPLE_BYTES));
  let n = 0;
  let highBytes = 0;
  let inTag = false;
  for (let i = 0; i < bytes.length && n < out.length; i++) {
    const b = bytes[i]!;
    if (b === 0x3c) inTag = true;
    else if (b === 0x3e) inTag = false;
    else if (!inTag) {
      out[n++] = b;
      if (b >= 0x80) highBytes++;
    }
  }
  return { sample: out.subarray(0, n), highBytes };
}

/** The likeliest legacy charset of undeclared, non-UTF-8 bytes, or windows-1252 when no guess is reliable. */
export function detectCharset(bytes: Uint8Array): string {
  const { sample, highBytes } = textSample(bytes);
  if (highBytes < MIN_HIGH_BYTES) return FALLBACK_CHARSET;
  const [best, runnerUp] = chardet.analyse(sample);
  if (!best || NOT_A_GUESS.test(best.name) || best.confidence < MIN_CONFIDENCE) return FALLBACK_CHARSET;
  // A tie means the detector cannot tell the candidates apart; the spec's default is the honest answer.
  if (runnerUp && runnerUp.confidence >= best.confidence) return FALLBACK_CHARSET;
  return canonicalCharset(best.name);
}
