/** "1 article", "3 articles", "1,204 articles": a count with its noun, in the reader's grammar. */
export function countNoun(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? noun : `${noun}s`}`;
}
