/**
 * A pure reading of a short text (a word, a phrase), kept by the text. The entity passes ask the same readings of
 * the same words and few-word phrases article after article: compromise's tags of a phrase (~0.1 ms each; it reads a
 * phrase from its text and its lexicon alone, and nothing in Dateline extends the lexicon at run time, so the same
 * phrase always reads the same), a word's entries in a table keyed by its lower case (lower-casing makes a fresh
 * string to hash each time). A reading must not be `undefined`: use null for "none", so a hit is one lookup.
 */
export function memoByText<T extends NonNullable<unknown> | null>(
  read: (text: string) => T,
  limit = 20_000,
): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let value = memo.get(text);
    if (value === undefined) {
      value = read(text);
      if (memo.size > limit) memo.clear(); // bounded: hostile input must not grow memory without end
      memo.set(text, value);
    }
    return value;
  };
}
