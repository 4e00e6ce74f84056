/**
 * Case tests on a token's first character, with an ASCII fast path: they run over every token of every article,
 * where a Unicode property regex costs several times a char-code comparison.
 */
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;

/** The text starts with an upper-case letter ("Kim", "Ōsaka"). */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(text);
}

/** The text starts with a lower-case letter ("said", "émigré"). */
export function startsLower(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER.test(text);
}
