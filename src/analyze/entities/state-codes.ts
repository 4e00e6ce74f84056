/**
 * A US state's postal code after a town and a comma ("Dunmore, OH", "Lakeview, MD 21202"): the tagger takes two
 * capitals for no name, but after a place and a comma, or after "state of" ("the state of NY"), the code names the
 * state. It becomes a place of its own, the town's mention left as it is.
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';

// prettier-ignore
export const STATE_CODES: ReadonlySet<string> = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME',
  'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA',
  'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'DC',
]);

/** `candidates` with a state code after "<place>," or "state of" added as a place. */
export function stateCodes(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const taken = new Set<number>();
  for (const c of candidates) for (let k = c.first; k < (c.mentionLast ?? c.last); k++) taken.add(k);
  const placeEnds = new Set<number>();
  for (const c of candidates) if (c.kind === 'place' && c.mentionLast === undefined) placeEnds.add(c.last);
  const added: NameCandidate[] = [];
  for (let k = 2; k < tokens.length; k++) {
    if (!STATE_CODES.has(tokens[k]!.text) || taken.has(k)) continue;
    const afterTown = tokens[k - 1]!.text === ',' && placeEnds.has(k - 1);
    const ofState = tokens[k - 1]!.text === 'of' && tokens[k - 2]!.text.toLowerCase() === 'state';
    if (afterTown || ofState) added.push({ first: k, last: k + 1, kind: 'place', titled: false });
  }
  if (!added.length) return [...candidates];
  return [...candidates, ...added].sort((a, b) => a.first - b.first);
}
