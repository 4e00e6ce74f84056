/**
 * Locators after a name: "Sydney, Australia", "San Antonio, Texas", "Durham University, United Kingdom". News
 * and GUM print them as one mention of the first name; the locator stays a place of its own, nested in that
 * mention. A list ("Sweden, Poland", "Paris, London") is no locator: the first name must not be a country, and
 * the locator must be a country or region (or any place after an organization: "Trinity College, Cambridge"), a
 * region's locator a country, and nothing may follow the chain as a list goes on ("…, Victoria and Queensland").
 */
import { phraseOf, type NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { bestPlace } from './wordinfo.js';

function isLocator(tokens: readonly Token[], host: NameCandidate, next: NameCandidate): boolean {
  if (next.kind !== 'place' || next.first !== host.last + 1 || tokens[host.last]!.text !== ',') return false;
  if (host.kind === 'organization') return true;
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
