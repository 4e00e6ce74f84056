/**
 * A firm named by its owner's possessive and its trade: "called Dobson's Plumbing", "Thank You Hadley s Auto
 * Repair!", "going to Kettering's Karate". Web reviews name local firms so; the tagger read the owner as a person
 * or a town and the trade as a name of its own, or nothing at all. One or two capitalised words, a possessive ("'s",
 * "' s", a detached "s"), then up to three capitalised words on the same line ending in a line of business
 * (`BUSINESS_LINES` or a trade below) with no capitalised word after, are one organization, the possessive inside
 * (UNER EWT's spans include it: "Burch 's Karate"; GUM's noun phrase does too). Left alone: a titled owner
 * ("President Ruiz's Energy Plan" is no firm), a country or region as owner ("Ohio's Energy Department"), a field
 * after an ordinary word ("Kim's Social Media"), and restaurants ("Gino's Pizza"), which UNER types as places.
 */
import { possessiveEnd } from './businesses.js';
import { fieldNotFirm } from './business-lines.js';
import { BUSINESS_LINES } from './lexicon.js';
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { bestPlace, wordInfoOf } from './wordinfo.js';

/**
 * Trades a possessive firm ends in besides `BUSINESS_LINES`, kept out of that list because alone after a name they
 * are no firm's last word as surely ("Georgia Tech", "Customer Service", "Car Repair" need the owner's "'s").
 */
// prettier-ignore
const TRADES: ReadonlySet<string> = new Set([
  'repair', 'repairs', 'tech', 'karate', 'automotive', 'garage', 'towing', 'service', 'services', 'photography',
  'tires', 'cleaning', 'painting', 'fitness', 'daycare', 'flowers', 'jewelry', 'upholstery', 'tailoring',
]);
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
const CAPITALISED = /^\p{Lu}[\p{L}'’-]*$/u;

function isTrade(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLE_CASE.test(word) && (BUSINESS_LINES.has(lower) || TRADES.has(lower));
}

/** Tokens `a` and `b` (a < b) stand on one line with one space at most between each. */
function oneLine(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tokens[k + 1]!.start - tokens[k]!.end > 1) return false;
  return true;
}

/** The end (exclusive) of the trade that starts at `from`, or -1: capitalised words, the last a trade. */
function tradeEnd(tokens: readonly Token[], from: number): number {
  for (let last = from; last < from + 3 && last < tokens.length; last++) {
    const word = tokens[last]!.text;
    if (!CAPITALISED.test(word)) return -1;
    const next = tokens[last + 1]?.text ?? '';
    if (isTrade(word) && !CAPITALISED.test(next) && !fieldNotFirm(tokens, last)) return last + 1;
  }
  return -1;
}

/** The first token of the owner's name that ends right before `k`, or -1. */
function ownerStart(tokens: readonly Token[], k: number, byToken: ReadonlyMap<number, NameCandidate>): number {
  const word = tokens[k - 1]?.text ?? '';
  if (!TITLE_CASE.test(word) || wordInfoOf(word).title) return -1;
  const c = byToken.get(k - 1);
  if (c) {
    if (c.last !== k || c.last - c.first > 2 || c.titled || c.office || c.nested) return -1;
    const kind = bestPlace(
      tokens
        .slice(c.first, c.last)
        .map((t) => t.text)
        .join(' '),
    )?.kind;
    if (c.kind === 'place' && (kind === 'country' || kind === 'region')) return -1;
    return c.first;
  }
  const before = tokens[k - 2]?.text ?? '';
  return TITLE_CASE.test(before) && !byToken.has(k - 2) && !wordInfoOf(before).common ? k - 2 : k - 1;
}

/** `candidates` with each firm named by a possessive and a trade as one organization. */
export function possessiveFirms(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  // What was found where, built at the first possessive end found: most texts have none.
  let byToken: Map<number, NameCandidate> | null = null;
  const firms: NameCandidate[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const end = possessiveEnd(tokens, k);
    if (end < 0) continue;
    if (!byToken) {
      byToken = new Map<number, NameCandidate>();
      for (const c of candidates) for (let j = c.first; j < (c.mentionLast ?? c.last); j++) byToken.set(j, c);
    }
    const at = byToken;
    const first = ownerStart(tokens, k, byToken);
    const last = first < 0 ? -1 : tradeEnd(tokens, end);
    if (last < 0 || !oneLine(tokens, first, last - 1)) continue;
    // Whatever was found in the trade must lie inside it ("Auto Tech", not "Auto Tech Ltd").
    if ([...new Set(tokens.slice(end, last).map((_, i) => at.get(end + i)))].some((c) => c && c.last > last)) continue;
    firms.push({ first, last, kind: 'organization', titled: false, strong: true });
    k = last - 1;
  }
  if (!firms.length) return [...candidates];
  const inside = (c: NameCandidate): boolean => firms.some((f) => c.first >= f.first && c.first < f.last);
  return [...candidates.filter((c) => !inside(c)), ...firms].sort((a, b) => a.first - b.first);
}
