/**
 * A salon or studio named head first is the business: "at Salon Marisa", "Studio Kiln". The tagger read the name
 * after the head alone, often as a given name or a town ("Marisa"). A capitalised head of `FIRM_FIRST` printed right
 * before a name joins it as one organization, and a name the tagger already began with the head becomes one. A
 * titled person, a nested place, an office and a head on another line stay as they were.
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';

/** Heads printed before the business's own name, as printed (capitalised). */
const FIRM_FIRST: ReadonlySet<string> = new Set(['Salon', 'Studio']);

/** `candidates` with each name after a salon or studio head joined to it as one organization. */
export function headFirstFirms(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  return candidates.map((c) => {
    if (c.nested || c.office || c.titled || c.mentionLast !== undefined) return c;
    if (FIRM_FIRST.has(tokens[c.first]!.text))
      return c.last - c.first > 1 && c.kind !== 'organization' ? { ...c, kind: 'organization' as const } : c;
    const head = tokens[c.first - 1];
    if (!head || !FIRM_FIRST.has(head.text) || tokens[c.first]!.start - head.end !== 1) return c;
    return { ...c, first: c.first - 1, kind: 'organization' as const, strong: true };
  });
}
