/**
 * "St" before a name is "Saint" in the name of a place or a body named after a saint ("St. Kilda Beach", "London St
 * Pancras station", "the St. Anselm Housing Trust"), no title to cut off as "Dr." is. The rules read it as one and
 * left the name after it, often as a person ("Pancras", "Thomas Housing Development"). A name right after "St" or
 * "St." joins it; a person so read becomes a place when a lower-case place head follows ("station", which joins
 * it) and, when more words follow the saint's name, a place or an organization by its last word (an organization
 * when nothing says place). A saint named alone or styled by a place stays a person ("St. Jerome wrote …", "St.
 * Theodorus of Tabennese").
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { wordInfoOf } from './wordinfo.js';

/** Lower-case head words of a site named after a saint ("St Pancras station", "St. Mary's church"). */
const SITE_HEADS: ReadonlySet<string> = new Set(['station', 'church', 'cathedral', 'chapel', 'island', 'park']);

const SAINT = /^(?:St|ST)\.?$/;

/** `candidates` with a name after "St" joined to it and, as a place or organization, no longer a person. */
export function saintsNames(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const starts = new Set<number>();
  for (const c of candidates) starts.add(c.first);
  return candidates.map((c) => {
    if (c.nested || c.first < 1 || !SAINT.test(tokens[c.first - 1]!.text)) return c;
    if (tokens[c.first - 1]!.end !== tokens[c.first]!.start - 1) return c; // "St" and the name one space apart
    if (c.kind !== 'person') return { ...c, first: c.first - 1 };
    const next = tokens[c.last]?.text;
    if (next !== undefined && SITE_HEADS.has(next) && !starts.has(c.last) && c.mentionLast === undefined)
      return { ...c, first: c.first - 1, last: c.last + 1, kind: 'place' };
    if (c.last - c.first < 2 || tokens[c.first + 1]!.text === 'of') return c; // "St. Theodorus of Tabennese"
    const info = wordInfoOf(tokens[c.last - 1]!.text);
    return { ...c, first: c.first - 1, kind: info.placeSuffix && !info.orgSuffix ? 'place' : 'organization' };
  });
}
