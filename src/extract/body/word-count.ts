/**
 * Word counts without allocating: a regex loop (`/\S+/g`) builds a match array per word, which was a twelfth
 * of everything the extractor allocated (heap sampling over the Scrapinghub pages).
 */

/** True for the characters JavaScript's `\s` matches (WhiteSpace and LineTerminator of ECMA-262). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * True for Han ideographs and Japanese kana: scripts written without spaces between words, where each
 * character is counted as a word (the convention of word processors and of CJK word-count tools, since
 * a dictionary segmenter is far too slow for the extractor's hot path). Hangul is written with spaces.
 */
export function isUnspacedScriptCode(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) || // hiragana, katakana
    (c >= 0x3400 && c <= 0x4dbf) || // CJK extension A
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
    (c >= 0xf900 && c <= 0xfaff) || // CJK compatibility ideographs
    (c >= 0xff66 && c <= 0xff9d) // half-width katakana
  );
}

/** CJK and full-width punctuation, which separates words in unspaced scripts as a space would. */
function isCjkPunctuationCode(c: number): boolean {
  return (
    (c >= 0x3001 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65)
  );
}

/**
 * Words: runs of non-space characters (what `/\S+/g` matches), except that each Han or kana character
 * counts as a word of its own, so a Chinese or Japanese article is not counted as a handful of "words".
 */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3001 && isUnspacedScriptCode(c)) {
      n++;
      inWord = false;
      continue;
    }
    const space = isSpaceCode(c) || (c >= 0x3001 && isCjkPunctuationCode(c));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * Length of a text in Latin-script characters' worth: a Han or kana character carries about as much as
 * three Latin letters, so thresholds on length ("too short to be an article") hold across scripts.
 */
export function readingLength(text: string): number {
  let extra = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3040 && isUnspacedScriptCode(c)) extra += 2;
  }
  return text.length + extra;
}
