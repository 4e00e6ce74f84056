/**
 * Locators after a name: "Sydney, Australia", "San Antonio, Texas", "Durham University, United Kingdom", "Utrecht,
 * the Netherlands". News
 * and GUM print them as one mention of the first name; the locator stays a place of its own, nested in that
 * mention. A list ("Sweden, Poland", "Paris, London") is no locator: the first name must not be a country, and
 * the locator must be a country or region (or any place after an organization: "Trinity College, Cambridge"), a
 * region's locator a country, and nothing may follow the chain as a list goes on ("…, Victoria and Queensland").
 */
import { phraseOf, type NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { bestPlace } from './wordinfo.js';

/** Last words of venues where a team plays or a body meets, which no body is named after ("at Fenway Park"). */
// prettier-ignore
const VENUES: ReadonlySet<string> = new Set([
  'arena', 'stadium', 'park', 'field', 'hall', 'hotel', 'centre', 'center', 'theatre', 'theater', 'ground', 'club',
]);

/**
 * An organization's town after "in" or "at" belongs to its mention, as GUM marks it ("Stephenville High School in
 * Texas", "the University of North Carolina at Greensboro"), unless the place is a venue or the organization a
 * country's team ("England at the Volgograd Arena").
 */
function placedOrganization(tokens: readonly Token[], host: NameCandidate, next: NameCandidate): boolean {
  if (host.kind !== 'organization' || bestPlace(phraseOf(tokens, host.first, host.last))) return false;
  const word = tokens[host.last]!.text;
  if (word !== 'in' && word !== 'at') return false;
  const gap = next.first - host.last;
  if (gap !== 1 && !(gap === 2 && tokens[host.last + 1]!.text === 'the')) return false;
  return !VENUES.has(tokens[next.last - 1]!.text.toLowerCase());
}

function isLocator(tokens: readonly Token[], host: NameCandidate, next: NameCandidate): boolean {
  if (next.kind !== 'place') return false;
  if (placedOrganization(tokens, host, next)) return true;
  if (tokens[host.last]!.text !== ',') return false;
  // "Amsterdam, the Netherlands", "Leiden University, the Netherlands": a country named with its article.
  if (next.first !== host.last + 1 && !(next.first === host.last + 2 && tokens[host.last + 1]!.text === 'the'))
    return false;
  if (host.kind === 'organization') return !/^\d/.test(tokens[next.first]!.text); // "…, 1355 Elm Terrace": an address
  if (host.kind !== 'place') return false;
  const hostKind = bestPlace(phraseOf(tokens, host.first, host.last))?.kind;
  const kind = bestPlace(phraseOf(tokens, next.first, next.last))?.kind;
  if (hostKind === 'country' || (hostKind === 'region' && kind !== 'country')) return false;
  return kind === 'country' || kind === 'region';
}

/** Candidates with each locator chain folded into the mention before it (`mentionLast`), the locators nested. */
export function attachLocators(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const out = candidates.map((c) => ({ ...c }));
  for (let i = 0; i < out.length; i++) {
    const host = out[i]!;
    if (host.nested) continue;
    let end = host.last;
    let j = i + 1;
    while (j < out.length && out[j]!.last <= host.last) j++; // places nested in the host ("Vrije Universiteit Amsterdam")
    // "Alpine, Arizona, USA": each locator may be followed by a wider one.
    for (let prev = host; j < out.length && isLocator(tokens, { ...prev, last: end }, out[j]!); j++) {
      out[j]!.nested = true;
      end = out[j]!.last;
      prev = { ...out[j]!, kind: 'place' };
    }
    // "New South Wales, Victoria, … and Queensland" is a list, whatever each place is.
    const after = tokens[end]?.text;
    if (end > host.last && (after === 'and' || after === 'or' || (after === ',' && out[j]?.first === end + 1)))
      for (let k = i + 1; k < j; k++) out[k]!.nested = candidates[k]!.nested;
    else if (end > host.last) host.mentionLast = end;
  }
  return out;
}
