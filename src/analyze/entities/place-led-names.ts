/**
 * A body named after its city is then called without it: "the Boston Red Sox" … "played for the Red Sox", "the
 * Leeds Courier" … "the Courier said". The short form's words may be ordinary ones ("Red"), so neither the tagger
 * nor the rules found it. An organization of two words or more whose first words are a place nested in it
 * (`nested.ts`) gives its remaining words, all capitalised and none the head word of a body or a place ("Council",
 * "Street": the Hong Kong "Legislative Council" is a body of its own); their recurrence elsewhere, right after "the"
 * and before no other capitalised word, with no name on it, is that organization.
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { wordInfoOf } from './wordinfo.js';

const CAPITALISED = /^\p{Lu}/u;

/** The tokens' texts of the organization after its opening place, or null when they may not stand alone. */
function shortForm(tokens: readonly Token[], from: number, last: number): string[] | null {
  if (from >= last) return null;
  const words: string[] = [];
  for (let k = from; k < last; k++) {
    const word = tokens[k]!.text;
    if (!CAPITALISED.test(word)) return null;
    const info = wordInfoOf(word);
    if (info.orgSuffix || info.placeSuffix) return null;
    words.push(word);
  }
  return words;
}

/** `candidates` with the short forms of place-led organizations found after "the". */
export function placeLedNames(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const placeEnds = new Map<number, number>(); // first token of a nested place → its end
  for (const c of candidates) if (c.nested && c.kind === 'place') placeEnds.set(c.first, c.last);
  if (!placeEnds.size) return [...candidates];
  const forms: string[][] = [];
  for (const c of candidates) {
    if (c.kind !== 'organization' || c.nested) continue;
    const placeEnd = placeEnds.get(c.first);
    if (placeEnd === undefined || placeEnd >= c.last) continue;
    const form = shortForm(tokens, placeEnd, c.last);
    if (form) forms.push(form);
  }
  if (!forms.length) return [...candidates];
  const covered = new Set<number>();
  for (const c of candidates) for (let k = c.first; k < (c.mentionLast ?? c.last); k++) covered.add(k);
  const added: NameCandidate[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (!/^the$/i.test(tokens[k - 1]!.text) || covered.has(k)) continue;
    const form = forms.find((f) => f.every((w, i) => tokens[k + i]?.text === w && !covered.has(k + i)));
    if (!form || CAPITALISED.test(tokens[k + form.length]?.text ?? '')) continue;
    added.push({ first: k, last: k + form.length, kind: 'organization', titled: false, strong: true });
    k += form.length - 1;
  }
  return added.length ? [...candidates, ...added].sort((a, b) => a.first - b.first) : [...candidates];
}
