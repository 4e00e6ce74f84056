/**
 * A shop or restaurant named by its owner's possessive, with nothing possessed after it ("going to Del Frisco's
 * for dinner", "Hancock's is one of four fabric stores", "McDonald s , Burger King", as web text also prints it):
 * the possessive is part of the business's name. The mention runs on over the "'s" (UNER's spans include it; GUM's
 * noun phrase does too), and the name is a place after a preposition of place or when read as a place already,
 * else an organization (a name of no known kind stays other). A possessive before a noun ("Kim's party") or an adjective is an ordinary possessive and
 * stays out; so does a titled person's ("President Ruiz's").
 */
import { startsLower } from './letter-case.js';
import { phraseOf, type NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { bestPlace, lexiconTags } from './wordinfo.js';

/** Lower-case words after an elliptical possessive that begin no noun phrase of its own. */
// prettier-ignore
const AFTER_BUSINESS: ReadonlySet<string> = new Set([
  'for', 'in', 'on', 'at', 'to', 'with', 'from', 'near', 'by', 'and', 'or', 'but', 'is', 'was', 'are', 'were',
  'has', 'had', 'have', 'will', 'would', 'can', 'could', 'does', 'did', 'do', 'tonight', 'today', 'tomorrow',
  'yesterday', 'again', 'instead', 'too', 'now', 'before', 'after', 'because', 'if', 'when', 'where', 'which',
  'that', 'who', 'since', 'last', 'next', 'every', 'the', 'a', 'an',
]);
const VERB_TAGS: ReadonlySet<string> = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary']);
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'to', 'in', 'from', 'near', 'into', 'inside']);

/** The end (exclusive) of a possessive right at token `k` ("'s", "' s", a detached "s"), or -1. */
export function possessiveEnd(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t || k === 0) return -1;
  if (t.text === "'s" || t.text === '’s') return k + 1;
  const s = tokens[k + 1];
  if ((t.text === "'" || t.text === '’') && s?.text === 's' && s.start === t.end) return k + 2;
  if (t.text === 's' && t.start > tokens[k - 1]!.end) return k + 1; // "McDonald s", "Wendy s"
  return -1;
}

/** The token at `end` begins nothing the possessive could own. */
function nothingOwned(tokens: readonly Token[], end: number, places: ReadonlyMap<number, NameCandidate>): boolean {
  const next = tokens[end];
  if (!next) return true;
  if (/^[.,!?;:)”]$/u.test(next.text)) return true; // no opening quotation mark: "England's "City of Festivals""
  // "Del Frisco's Philadelphia?": a branch in a city, a town the gazetteer knows that ends the clause ("Mecca's
  // Grand Mosque", "Tehran's Palestine Contemporary Art Museum" own a building).
  const place = places.get(end);
  if (place)
    return (
      place.mentionLast === undefined &&
      /^[.,!?;:)]$/u.test(tokens[place.last]?.text ?? '.') &&
      bestPlace(phraseOf(tokens, place.first, place.last)) !== null
    );
  if (!startsLower(next.text)) return false;
  const lower = next.text.toLowerCase();
  return AFTER_BUSINESS.has(lower) || lexiconTags(lower).some((t) => VERB_TAGS.has(t));
}

/** `candidates` with each business named by a possessive run on over the "'s", kind as above. */
export function possessiveBusinesses(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const places = new Map<number, NameCandidate>();
  for (const c of candidates) if (c.kind === 'place' && !c.nested) places.set(c.first, c);
  return candidates.map((c) => {
    if (c.nested || c.office || c.titled || c.mentionLast !== undefined) return c;
    const end = possessiveEnd(tokens, c.last);
    if (end < 0 || !nothingOwned(tokens, end, places)) return c;
    // "the Smiths' house" and "a friend of Maria's" are people's: only a name standing for a place or business.
    const before = tokens[c.first - 1]?.text.toLowerCase() ?? '';
    if (before === 'of') return c;
    const place = c.kind === 'place' || PLACE_PREPOSITIONS.has(before);
    // A name of no known kind stays so ("Bailey's, orange vodka" is a drink).
    const kind = place ? 'place' : c.kind === 'other' ? 'other' : 'organization';
    return { ...c, kind, mentionLast: end };
  });
}
