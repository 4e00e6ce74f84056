/**
 * A case-insensitive regular expression rewritten without the 'i' flag: every ASCII letter outside a character
 * class spelled as the class of its two cases ("ago" → "[aA][gG][oO]"). Same matches, same groups: without the
 * 'u' flag, 'i' pairs an ASCII letter with its other ASCII case only (ECMAScript's Canonicalize maps no
 * character ≥ U+0080 to one below it, so "ſ" and the Kelvin sign stay apart from "s" and "k"), and leaves \b, \w,
 * \s and \d as they are. Why: V8 compiles case-insensitive patterns to native code far more slowly — chrono's
 * "3 days ago" and "3 days later" patterns, a long alternation repeated 11 times, took 150-260 ms each on their
 * second run in a process, 35 ms spelled out — and ingest pays that on a fresh process's first articles.
 * Anything this rewrite does not read for certain (a non-ASCII character, a letter in a class, an escape that
 * names characters or a group, a named group) leaves the expression as it was.
 */

/** Escapes kept as they are: classes and controls that 'i' does not change (no letters named by code). */
const KEPT_ESCAPE = /[bBwWsSdDnrtfv]/;

/** `re` without 'i', its letters spelled in both cases; `re` itself when it has no 'i', has 'u' or 'v', or cannot be read. */
export function spelledCase(re: RegExp): RegExp {
  if (!re.ignoreCase || re.unicode || re.flags.includes('v')) return re;
  const src = re.source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c >= 0x80) return re;
    const ch = src[i]!;
    if (ch === '\\') {
      const next = src[i + 1] ?? '';
      const isLetter = /[A-Za-z]/.test(next);
      if ((isLetter && !KEPT_ESCAPE.test(next)) || /[1-9]/.test(next)) return re;
      out += ch + next;
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      else if (/[A-Za-z]/.test(ch)) return re;
      out += ch;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(' && src.startsWith('?<', i + 1) && !/[=!]/.test(src[i + 3] ?? '')) return re;
    out += /[A-Za-z]/.test(ch) ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : ch;
  }
  return new RegExp(out, re.flags.replace('i', ''));
}
