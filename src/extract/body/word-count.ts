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

/** Runs of non-space characters (what `/\S+/g` would match). */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
