/**
 * Offices named by what they rule: "Emperor of the United States", "the King of Athens", "Protector of Mexico",
 * "Chairman of the Australian Centre for …". Said without a name after them they refer to a person, so the phrase
 * is one person mention (GUM annotates it so: the office is the head), and the place or organization inside stays
 * a nested mention of its own entity (as in `nested.ts`), so that the map still shows the United States. A post in
 * a firm is no such office: "Senior Vice President of CCNG, Inc." leaves the company alone.
 */
import { phraseOf, type NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { bestPlace } from './wordinfo.js';

/** Capitalised nouns of an office or rank held over a place or body ("Mayor of London"). */
// prettier-ignore
const OFFICES: ReadonlySet<string> = new Set([
  'emperor', 'empress', 'king', 'queen', 'prince', 'princess', 'duke', 'duchess', 'earl', 'count', 'countess',
  'baron', 'baroness', 'marquess', 'marquis', 'viscount', 'lord', 'lady', 'protector', 'regent', 'viceroy',
  'sultan', 'emir', 'tsar', 'czar', 'shah', 'pharaoh', 'caliph', 'khan', 'pope', 'bishop', 'archbishop',
  'patriarch', 'president', 'vice-president', 'governor', 'mayor', 'premier', 'chancellor', 'chairman',
  'chairwoman', 'chair', 'director', 'dean', 'rector', 'provost', 'commissioner', 'ambassador', 'consul',
]);
const LINKS: ReadonlySet<string> = new Set(['the', 'these', 'all']);
const UPPER = /^\p{Lu}/u;

/**
 * `candidates` (sorted by first token) with each "<Office> of [the] <place or organization>" that no name follows
 * turned into a person mention over the whole phrase, its place or organization kept as a nested mention.
 */
export function officesOf(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const reach = new Int32Array(tokens.length).fill(-1); // the candidate covering each token, by index
  candidates.forEach((c, n) => reach.fill(n, c.first, c.last));
  const out: NameCandidate[] = [];
  let changed = false;
  for (const c of candidates) {
    if (!c.nested && c.kind !== 'person' && c.kind !== 'other' && opensWithOffice(tokens, c)) {
      // "2nd Earl of Clare", "the Duke of Wellington" read whole as an organization or a place.
      out.push({ ...c, kind: 'person', titled: false, titleFrom: undefined, office: true });
      changed = true;
      continue;
    }
    const office = c.kind === 'place' || c.kind === 'organization' ? officeBefore(tokens, c.first) : -1;
    const followed = UPPER.test(tokens[c.last]?.text ?? '') && tokens[c.last]!.start === tokens[c.last - 1]!.end + 1;
    const over = office >= 0 ? candidates[reach[office]!] : undefined;
    if (office < 0 || (over && over.first !== office) || followed || c.nested) {
      out.push(c);
      continue;
    }
    // The office replaces a person candidate the tagger read on the office word alone ("Emperor").
    while (out.length && out[out.length - 1]!.first >= office) out.pop();
    out.push({ first: office, last: c.last, kind: 'person', titled: false, office: true }, { ...c, nested: true });
    changed = true;
  }
  return changed ? out : [...candidates];
}

/** The office word before "of [the]" ending right before token `first`, or -1. */
function officeBefore(tokens: readonly Token[], first: number): number {
  let at = first - 1;
  if (at >= 0 && LINKS.has(tokens[at]!.text)) at--;
  if (at < 1 || tokens[at]!.text !== 'of') return -1;
  const word = tokens[at - 1]!.text;
  if (!UPPER.test(word) || !OFFICES.has(word.toLowerCase())) return -1;
  // "Senior Vice President of CCNG, Inc.", "Executive Director of …": a post in a firm, no ruler's style.
  return POST_MODIFIERS.has(tokens[at - 2]?.text.toLowerCase() ?? '') ? -1 : at - 1;
}

/** Words before an office that make it a post in a company or an agency. */
// prettier-ignore
const POST_MODIFIERS: ReadonlySet<string> = new Set([
  'vice', 'senior', 'executive', 'deputy', 'assistant', 'associate', 'managing', 'regional', 'acting', 'interim',
]);

const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/**
 * The name is an office over a place, whole: [ordinal] Office "of" [the] and one word or a place the gazetteer knows
 * ("2nd Earl of Clare", "Duke of Wellington", "Mayor of New Orleans"). A longer rest names a body or a building
 * after the office ("Prince of Wales Hospital").
 */
function opensWithOffice(tokens: readonly Token[], c: NameCandidate): boolean {
  let at = c.first;
  if (ORDINAL.test(tokens[at]!.text)) at++;
  const word = tokens[at]?.text ?? '';
  if (!UPPER.test(word) || !OFFICES.has(word.toLowerCase()) || tokens[at + 1]?.text !== 'of') return false;
  let from = at + 2;
  if (LINKS.has(tokens[from]?.text ?? '')) from++;
  if (from >= c.last) return false;
  return c.last - from === 1 || bestPlace(phraseOf(tokens, from, c.last)) !== null;
}
