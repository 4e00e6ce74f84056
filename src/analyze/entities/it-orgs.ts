/**
 * A name that the text goes on to call "it" is a body, not a person: "Valero said it was reducing rates at its
 * refinery", "Marathon shut its plant", "Kestrel announced it would close". Company news names firms by one word the
 * lexicons do not know, or know as a town or a given name. A name right before a verb of saying or acting and then
 * "it" or "its" ("said it", "shut its", "reported its"), found as a place of no strong evidence or a name of no
 * kind, or not found at all (a capitalised word no lexicon knows as an ordinary one), is an organization; so is a
 * name found as a person, untitled, before an act on "its" ("Marathon shut its plant"), but not before "said it": a
 * person says it of anything ("Johnson said it was a mistake").
 */
import { isCommonWord } from './common-words.js';
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { wordInfoOf } from './wordinfo.js';

/** Verbs between a body's name and "it"/"its". */
// prettier-ignore
const VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'announced', 'announces', 'reported', 'reports', 'added', 'stated', 'expects', 'expected',
  'shut', 'shuts', 'closed', 'closes', 'cut', 'cuts', 'raised', 'raises', 'sold', 'sells', 'opened', 'opens',
  'moved', 'moves', 'increased', 'reduced', 'posted', 'launched', 'launches', 'confirmed', 'denied',
]);
const IT: ReadonlySet<string> = new Set(['it', 'its']);
const SAYING: ReadonlySet<string> = new Set(['said', 'says', 'announced', 'announces', 'added', 'stated']);
const WORD = /^(?:\p{Lu}[\p{L}'’&-]*|\p{Lu}{2,5})$/u;

/** `candidates` with names called "it" right after a verb made organizations. */
export function itOrgs(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  // What was found where, read only at a verb before "it": built there, as most texts have few.
  let endingAt: Map<number, NameCandidate> | null = null;
  let covered: Set<number> | null = null;
  const retyped = new Map<NameCandidate, NameCandidate>();
  const added: NameCandidate[] = [];
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (!VERBS.has(tokens[k]!.text) || !IT.has(tokens[k + 1]!.text)) continue;
    if (!endingAt || !covered) {
      endingAt = new Map<number, NameCandidate>();
      covered = new Set<number>();
      for (const c of candidates) {
        endingAt.set(c.mentionLast ?? c.last, c);
        for (let j = c.first; j < (c.mentionLast ?? c.last); j++) covered.add(j);
      }
    }
    const c = endingAt.get(k);
    if (c) {
      if (c.nested || c.kind === 'organization' || (c.strong && c.kind !== 'other')) continue;
      // A person may say "it" of anything ("Johnson said it was a mistake"); only a body owns "its".
      if (c.kind === 'person' && (c.titled || tokens[k + 1]!.text !== 'its' || SAYING.has(tokens[k]!.text))) continue;
      retyped.set(c, { ...c, kind: 'organization', mentionLast: undefined });
      continue;
    }
    const word = tokens[k - 1]!.text;
    if (covered.has(k - 1) || !WORD.test(word) || isCommonWord(word.toLowerCase())) continue;
    const info = wordInfoOf(word);
    if (info.common || info.title || info.demonym || info.firstName || info.place) continue;
    added.push({ first: k - 1, last: k, kind: 'organization', titled: false });
  }
  if (!retyped.size && !added.length) return [...candidates];
  return [...candidates.map((c) => retyped.get(c) ?? c), ...added].sort((a, b) => a.first - b.first);
}
