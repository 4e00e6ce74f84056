/**
 * A name right after "near", "outside" or "nearby" is where something is ("a bus near Hilla", "camps outside
 * Tikrit"): a name the tagger read as of no kind there is a place. One to three capitalised words, found as a name
 * of no kind, not on strong evidence, with no organization's word or title in them. Not after "in", "to", "from" or
 * "at": there a name of no kind is as often a language, a faith, a work or a program ("in English", "converted to
 * Christianity", "from Adobe Acrobat Reader").
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { wordInfoOf } from './wordinfo.js';

const BEFORE: ReadonlySet<string> = new Set(['near', 'outside', 'nearby', 'Near', 'Outside']);
const WORD = /^\p{Lu}[\p{L}'’-]*$/u;

/** `candidates` with names of no kind right after "near" or "outside" made places. */
export function nearPlaces(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  return candidates.map((c) => {
    if (c.kind !== 'other' || c.strong || c.nested || c.first < 1 || c.last - c.first > 3) return c;
    if (!BEFORE.has(tokens[c.first - 1]!.text)) return c;
    for (let k = c.first; k < c.last; k++) {
      const w = tokens[k]!.text;
      if (!WORD.test(w)) return c;
      const info = wordInfoOf(w);
      if (info.orgSuffix || info.org || info.title) return c;
    }
    return { ...c, kind: 'place' };
  });
}
