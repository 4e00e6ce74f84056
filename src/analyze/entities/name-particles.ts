/**
 * Surnames opened by a lower-case particle: "Pieter van der Berg", "Maria de la Cruz", "Anna von Hallenberg". The
 * tagger ends the person at the particle ("Pieter") and the rules may read the surname apart ("Berg" as a place). A
 * person followed by one or two particles and a capitalised word runs on over them; what was found on that word goes.
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { wordInfoOf } from './wordinfo.js';

/** Lower-case particles of Dutch, German, Romance and Portuguese surnames. */
// prettier-ignore
export const PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'du', 'la', 'le', 'ter', 'ten', 'dos', 'das',
]);
/** A capitalised surname word ("Berg", "Cruz", "O'Hara"). */
export const SURNAME = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;

/** The token after the particles following token `at`, when it ends a surname; else -1. */
function surnameAfter(tokens: readonly Token[], at: number): number {
  let k = at;
  while (k < tokens.length && k - at < 2 && PARTICLES.has(tokens[k]!.text)) k++;
  if (k === at || !SURNAME.test(tokens[k]?.text ?? '')) return -1;
  const info = wordInfoOf(tokens[k]!.text);
  return info.title || info.orgSuffix ? -1 : k;
}

/** `candidates` with each person run on over a particle surname right after it. */
export function particleSurnames(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  let out: NameCandidate[] | undefined;
  for (const c of candidates) {
    if (c.kind !== 'person' || c.mentionLast !== undefined || c.office) continue;
    const k = surnameAfter(tokens, c.last);
    if (k < 0) continue;
    const list: NameCandidate[] = out ?? [...candidates];
    const inside = list.filter((r) => r !== c && r.first >= c.last && r.first <= k);
    if (inside.some((r) => r.last > k + 1 || (r.strong && r.kind !== 'person'))) continue;
    out = list.filter((r) => r !== c && !inside.includes(r));
    out.push({ ...c, last: k + 1 });
    out.sort((a, b) => a.first - b.first);
  }
  return out ?? [...candidates];
}
