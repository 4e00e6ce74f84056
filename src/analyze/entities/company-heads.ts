/**
 * A company named by one word at a sentence start, before a noun only a company has ("Brevanix shares fell 4%",
 * "Kestrova's chief executive said"). A capitalised word opening a sentence is no evidence of a name, so the tagger
 * leaves an unknown word there; but a word that neither the English lexicon nor the gazetteer knows, followed
 * (directly or by "'s") by shares, stock, shareholders, a spokesperson, a chief executive …, names the company they
 * belong to. A name already found there of another kind (a person read from "Kestrova said") becomes an organization
 * too, unless a title or strong evidence backs it.
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { unknownCapitalisedWord } from './wordinfo.js';

/** Nouns after a name that only a company owns. */
// prettier-ignore
const COMPANY_NOUNS: ReadonlySet<string> = new Set([
  'shares', 'stock', 'stocks', 'shareholders', 'stockholders', 'spokesman', 'spokeswoman', 'spokesperson',
  'ceo', 'cfo', 'chief', 'executives', 'subsidiary', 'subsidiaries', 'headquarters', 'revenue', 'revenues',
  'earnings', 'customers',
]);

/** The token after the name at `k`, past a possessive "'s". */
function nounAfter(tokens: readonly Token[], k: number): string {
  const next = tokens[k + 1]?.text ?? '';
  const noun = next === "'s" || next === '’s' ? tokens[k + 2]?.text : next;
  return noun ?? '';
}

/** `candidates` with one-word companies at sentence starts found or made organizations. */
export function companyHeads(
  tokens: readonly Token[],
  candidates: readonly NameCandidate[],
  starts: ReadonlySet<number>,
): NameCandidate[] {
  // What was found where, built at the first start before a company noun: most texts have none.
  let at: Map<number, NameCandidate> | null = null;
  const added: NameCandidate[] = [];
  const changed = new Map<NameCandidate, NameCandidate>();
  for (const k of starts) {
    const word = tokens[k]?.text ?? '';
    if (!unknownCapitalisedWord(word)) continue;
    if (!COMPANY_NOUNS.has(nounAfter(tokens, k))) continue;
    if (!at) {
      at = new Map<number, NameCandidate>();
      for (const c of candidates) for (let j = c.first; j < c.last; j++) at.set(j, c);
    }
    const c = at.get(k);
    if (!c) added.push({ first: k, last: k + 1, kind: 'organization', titled: false });
    else if (c.last - c.first === 1 && c.kind !== 'organization' && !c.titled && !c.strong && !c.nested)
      changed.set(c, { ...c, kind: 'organization' });
  }
  if (!added.length && !changed.size) return [...candidates];
  return [...candidates.map((c) => changed.get(c) ?? c), ...added].sort((a, b) => a.first - b.first);
}
