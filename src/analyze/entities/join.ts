/**
 * Feature strings built from two parts, kept and handed out again: scoring then looks up one string object whose
 * hash V8 has already computed, instead of allocating and hashing a fresh string per token.
 */
const joined = new Map<string, Map<string, string>>();
let size = 0;
/** Strings kept at most; past it the table starts afresh (hostile input must not grow memory without end). */
const MAX = 200_000;

/** `a + b`, the same string object every time. */
export function join(a: string, b: string): string {
  let inner = joined.get(a);
  if (!inner) joined.set(a, (inner = new Map()));
  let s = inner.get(b);
  if (s === undefined) {
    if (size >= MAX) {
      joined.clear();
      size = 0;
      joined.set(a, (inner = new Map()));
    }
    s = a + b;
    inner.set(b, s);
    size++;
  }
  return s;
}
