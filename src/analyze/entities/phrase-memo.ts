/**
 * A reading of a short phrase by compromise, kept by the phrase. compromise tags a phrase from its text and its
 * lexicon alone (nothing in Dateline extends the lexicon at run time), so the same phrase always reads the same;
 * tagging it costs ~0.1 ms, and the entity passes ask it of the same few-word phrases article after article.
 */
export function memoByPhrase<T>(read: (phrase: string) => T): (phrase: string) => T {
  const memo = new Map<string, T>();
  return (phrase) => {
    if (memo.has(phrase)) return memo.get(phrase)!;
    const value = read(phrase);
    if (memo.size > 20_000) memo.clear(); // bounded: hostile input must not grow memory without end
    memo.set(phrase, value);
    return value;
  };
}
