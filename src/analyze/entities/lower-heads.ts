/**
 * A place's own head word printed in lower case after it is part of its name: web text writes "the Gaza strip",
 * "Sand Hill park", "the Mississippi river", and Universal NER marks the head word in the span. A place followed
 * right away by a lower-case word of `HEADS` runs on over it. GUM writes such heads capitalised, as part of the name.
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';

/** Head words of natural features and sites that follow the name ("Hill park", "Gaza strip"). */
// prettier-ignore
const HEADS: ReadonlySet<string> = new Set([
  'park', 'island', 'river', 'lake', 'bay', 'strip', 'beach', 'canyon', 'creek', 'bridge', 'museum', 'mountains',
  'valley',
]);

/** `candidates` with places run on over a lower-case head word right after them. */
export function lowerCaseHeads(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const starts = new Set<number>();
  for (const c of candidates) starts.add(c.first);
  return candidates.map((c) => {
    if (c.kind !== 'place' || c.nested || c.mentionLast !== undefined) return c;
    const next = tokens[c.last]?.text;
    if (next === undefined || !HEADS.has(next) || starts.has(c.last)) return c;
    return { ...c, last: c.last + 1 };
  });
}
