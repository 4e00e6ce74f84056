/**
 * Pronoun resolution for speakers ("It also stated…", "He said…"): the most recent compatible speaker of an
 * earlier attribution nearby, else the most recent compatible entity mentioned before the pronoun.
 */
import type { Entity } from '../../vocabulary.js';
import type { PartyKind, ResolvedParty } from './parties.js';

/** How far back (characters) an earlier speaker still counts as the antecedent. */
const SPEAKER_WINDOW = 1200;

const COMPATIBLE: Readonly<Record<'person' | 'thing' | 'plural', readonly PartyKind[]>> = {
  person: ['person'],
  thing: ['organization'],
  plural: ['group', 'description', 'organization'],
};

/** The antecedent of a pronoun at `at`, or null when none is compatible. */
export function resolvePronoun(
  pronoun: 'person' | 'thing' | 'plural',
  text: string,
  at: number,
  history: readonly ResolvedParty[],
  entities: readonly Entity[],
): ResolvedParty | null {
  const kinds = COMPATIBLE[pronoun];
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]!;
    if (at - h.at > SPEAKER_WINDOW) break;
    if (kinds.includes(h.kind) && (pronoun !== 'plural' || h.kind !== 'organization' || h.party.anonymous))
      return { ...h, party: { ...h.party, text: text.slice(at, at + pronounLength(text, at)) }, at };
  }
  if (pronoun === 'plural') return null;
  let best: { e: Entity; end: number } | null = null;
  for (const e of entities) {
    if (!kinds.includes(e.kind === 'other' ? 'organization' : e.kind)) continue;
    for (const m of e.mentions) if (m.end <= at && (!best || m.end > best.end)) best = { e, end: m.end };
  }
  if (!best || at - best.end > SPEAKER_WINDOW) return null;
  const kind: PartyKind = best.e.kind === 'person' ? 'person' : 'organization';
  const word = text.slice(at, at + pronounLength(text, at));
  return { party: { entityId: best.e.id, name: best.e.name, text: word, anonymous: false }, kind, at };
}

function pronounLength(text: string, at: number): number {
  return /^\p{L}+/u.exec(text.slice(at, at + 8))?.[0].length ?? 0;
}
