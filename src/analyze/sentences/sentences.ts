/** Sentence splitting over body.text that survives abbreviations and quotations. (Interface fixed.) */
import type { Sentence } from '../../vocabulary.js';

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?]+[.!?]*/g;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    out.push({ start, end: start + m[0].length, text: m[0] });
  }
  return out;
}
