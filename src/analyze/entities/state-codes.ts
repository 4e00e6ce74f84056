/**
 * A US state's postal code after a town and a comma ("Dunmore, OH", "Lakeview, MD 21202"): the tagger takes two
 * capitals for no name, but after a place and a comma, or after "state of" ("the state of NY"), the code names the
 * state. It becomes a place of its own, the town's mention left as it is. A town nothing was found in, or that was
 * read as a name of no kind or as a company, is a place too when the code ends the address (the text, a sentence or a
 * clause ends, or a ZIP code follows: "my favorite store in Lawrence, KS"); a code read as a company there is the
 * state. A town read as a person stays: "Harry Preuss, MD" is a doctor.
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
  // What was found where, read only around a state code: most texts have none, and the tables cost a pass each.
  let at: Map<number, NameCandidate> | null = null;
  let placeEnds: Set<number> | null = null;
  const added: NameCandidate[] = [];
  const replaced = new Map<NameCandidate, NameCandidate>();
  for (let k = 2; k < tokens.length; k++) {
    if (!STATE_CODES.has(tokens[k]!.text)) continue; // the rare code first, then what was found there
    if (!at || !placeEnds) {
      at = new Map<number, NameCandidate>();
      for (const c of candidates) for (let j = c.first; j < (c.mentionLast ?? c.last); j++) at.set(j, c);
      placeEnds = new Set<number>();
      for (const c of candidates) if (c.kind === 'place' && c.mentionLast === undefined) placeEnds.add(c.last);
    }
    const code = at.get(k);
    if (code && !(code.kind === 'organization' && code.last === k + 1)) continue;
    const afterTown = tokens[k - 1]!.text === ',' && placeEnds.has(k - 1);
    const ofState = tokens[k - 1]!.text === 'of' && tokens[k - 2]!.text.toLowerCase() === 'state';
    const town = afterTown || ofState ? undefined : unfoundTown(tokens, k, at);
    if (!afterTown && !ofState && !town) continue;
    if (town && town !== 'found') added.push(town);
    else if (town === 'found') {
      const c = at.get(k - 2)!;
      replaced.set(c, { ...c, kind: 'place', strong: true });
    }
    if (code) replaced.set(code, { ...code, kind: 'place' });
    else added.push({ first: k, last: k + 1, kind: 'place', titled: false });
  }
  if (!added.length && !replaced.size) return [...candidates];
  return [...candidates.map((c) => replaced.get(c) ?? c), ...added].sort((a, b) => a.first - b.first);
}

const TOWN_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * The town before ", <code>" at `k` when the code ends the address: a new place where nothing was found, 'found' where
 * a one-word name of no kind or a company stands there, else undefined.
 */
function unfoundTown(
  tokens: readonly Token[],
  k: number,
  at: ReadonlyMap<number, NameCandidate>,
): NameCandidate | 'found' | undefined {
  if (tokens[k - 1]!.text !== ',') return undefined;
  const next = tokens[k + 1]?.text;
  if (next !== undefined && !/^(?:[.,;:!?)]|\d{5}(?:-\d{4})?)$/.test(next)) return undefined;
  const t = k - 2;
  if (!TOWN_WORD.test(tokens[t]!.text) || /^\p{Lu}/u.test(tokens[t - 1]?.text ?? '')) return undefined;
  const c = at.get(t);
  if (!c) return { first: t, last: t + 1, kind: 'place', titled: false };
  return c.first === t && c.last === t + 1 && (c.kind === 'other' || c.kind === 'organization') ? 'found' : undefined;
}
