/**
 * A school called after its town: once a document names "Harrow School" or "Trinity College", a bare "Harrow" or
 * "Trinity" in it ("he was sent to Harrow", "other Harrow boys") is the school, not the town — biographies and
 * news about students and alumni shorten them so. GUM annotates these as organizations.
 */
import { phraseOf, type NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';

/** Last words of an educational institution's name. */
export const SCHOOL_HEADS: ReadonlySet<string> = new Set(['school', 'college', 'academy', 'university', 'seminary']);

/** `candidates` with each place named like a school of the document ("<name> School") made that organization. */
export function schoolsByName(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const names = new Set<string>();
  for (const c of candidates)
    if (c.kind === 'organization' && c.last - c.first >= 2 && SCHOOL_HEADS.has(tokens[c.last - 1]!.text.toLowerCase()))
      names.add(phraseOf(tokens, c.first, c.last - 1));
  if (!names.size) return [...candidates];
  return candidates.map((c) =>
    c.kind === 'place' && !c.nested && names.has(phraseOf(tokens, c.first, c.last))
      ? { ...c, kind: 'organization', strong: true }
      : c,
  );
}
