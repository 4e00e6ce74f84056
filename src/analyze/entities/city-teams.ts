/**
 * A city that beats another is its team: "Carlow beat Tresham 3-1", "Yardley edged Brisbane by a point". Web text
 * and sports news name a club by its city, which GUM and UNER mark as an organization; the tagger reads the city.
 * Two places of the gazetteer that are no countries (a country's war or vote: "Russia defeated Napoleon's army"
 * stays), on either side of a verb of winning, become organizations; so does a city before a team's own noun
 * ("Yardley's defense", "Yardley's quarterback"), and so does a city after "against" in the sentence of such a team.
 * A place after a preposition of place ("in Boston") is no team.
 */
import { phraseOf, type NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { bestPlace } from './wordinfo.js';

/** Past-tense verbs of winning a game, printed between the two teams. */
// prettier-ignore
const WIN_VERBS: ReadonlySet<string> = new Set([
  'beat', 'defeated', 'crushed', 'edged', 'routed', 'thrashed', 'downed', 'blanked', 'trounced', 'outlasted',
  'outscored', 'hammered', 'whipped', 'clobbered', 'shut',
]);
/** Nouns that only a team owns after a city's possessive. */
// prettier-ignore
const TEAM_NOUNS: ReadonlySet<string> = new Set([
  'defense', 'defence', 'offense', 'offence', 'quarterback', 'goalie', 'goalkeeper', 'bullpen', 'roster',
  'lineup', 'backfield', 'secondary', 'pitching', 'batting',
]);
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'to', 'from', 'near', 'of', 'into', 'across']);

/** A place the gazetteer knows that is no country, not after a preposition of place. */
function cityAt(tokens: readonly Token[], c: NameCandidate | undefined): c is NameCandidate {
  if (!c || c.kind !== 'place' || c.nested || c.mentionLast !== undefined) return false;
  if (PLACE_PREPOSITIONS.has(tokens[c.first - 1]?.text.toLowerCase() ?? '')) return false;
  const place = bestPlace(phraseOf(tokens, c.first, c.last));
  return place !== null && place.kind !== 'country';
}

/** No sentence ends between tokens `from` and `to` (within a dozen tokens). */
function sameSentence(tokens: readonly Token[], from: number, to: number): boolean {
  if (to < from || to - from > 12) return false;
  for (let k = from; k < to; k++) if (/^[.!?]$/.test(tokens[k]!.text)) return false;
  return true;
}

/** `candidates` with cities that play as teams made organizations. */
export function cityTeams(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const byFirst = new Map<number, NameCandidate>();
  for (const c of candidates) byFirst.set(c.first, c);
  const teams = new Set<NameCandidate>();
  for (const c of candidates) {
    if (!cityAt(tokens, c)) continue;
    const next = tokens[c.last]?.text.toLowerCase() ?? '';
    if (WIN_VERBS.has(next)) {
      const other = byFirst.get(c.last + 1);
      if (cityAt(tokens, other)) teams.add(c).add(other);
    } else if ((next === "'s" || next === '’s') && TEAM_NOUNS.has(tokens[c.last + 1]?.text.toLowerCase() ?? ''))
      teams.add(c);
  }
  // "Yardley's defense looked sharp against Tresham": the team's opponent in the same sentence is a team too.
  if (teams.size)
    for (const c of candidates) {
      if (teams.has(c) || tokens[c.first - 1]?.text !== 'against' || c.kind !== 'place' || c.nested) continue;
      const place = bestPlace(phraseOf(tokens, c.first, c.last));
      if (place && place.kind !== 'country' && [...teams].some((t) => sameSentence(tokens, t.last, c.first)))
        teams.add(c);
    }
  if (!teams.size) return [...candidates];
  return candidates.map((c) => (teams.has(c) ? { ...c, kind: 'organization' as const, titled: false } : c));
}
