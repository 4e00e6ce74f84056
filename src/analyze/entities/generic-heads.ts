/**
 * A head word alone names no one: "Union chair Marieke Jansen" (the union, named earlier or not at all), "this
 * University is gaining prestige", "Great School!", "the Office: coming soon". The tagger, reading the capital (a
 * title-cased line, a role before a name, a review's heading), typed such words organizations or places. A name of one
 * word that is the generic head of names of a kind ("Union", "University", "Service", "Street") is no name; the
 * institutions that the news names by their head word alone, as one body of a country, stay names ("the Senate",
 * "Congress", "the Army", "Parliament": not listed).
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';

// prettier-ignore
const GENERIC_HEADS: ReadonlySet<string> = new Set([
  'union', 'university', 'college', 'school', 'academy', 'institute', 'service', 'services', 'office', 'company',
  'corporation', 'group', 'team', 'club', 'committee', 'council', 'commission', 'department', 'agency', 'association',
  'foundation', 'society', 'bureau', 'board', 'network', 'trust', 'fund', 'centre', 'center', 'organization',
  'organisation', 'federation', 'league', 'alliance', 'coalition', 'ministry', 'authority',
  'city', 'town', 'village', 'street', 'avenue', 'road', 'park', 'station', 'museum', 'river', 'lake', 'island',
  'bridge', 'square', 'district', 'region', 'county', 'province',
]);

/**
 * `candidates` without names of one word that is a generic head, printed capitalised as a word ("Union", "City").
 * The head stays a name after "the", where the capital marks one institution said short ("submitted to the Academy",
 * "members of the Society"), when it opens a name going on with "of" ("Office of the Mayor"), and when a longer name
 * of the text holds it ("Rotterdam Dockworkers' Union" … "Union chair Marieke Jansen").
 */
export function withoutGenericHeads(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const inLonger = new Set<string>();
  for (const c of candidates)
    if (c.last - c.first > 1) for (let k = c.first; k < c.last; k++) inLonger.add(tokens[k]!.text);
  return candidates.filter((c) => {
    if (c.last - c.first !== 1 || c.kind === 'person') return true;
    const word = tokens[c.first]!.text;
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !GENERIC_HEADS.has(word.toLowerCase())) return true;
    return inLonger.has(word) || tokens[c.last]?.text === 'of' || /^the$/i.test(tokens[c.first - 1]?.text ?? '');
  });
}
