/**
 * A line of business printed right after a name is part of the company's name: "on behalf of Carr Futures",
 * "a role at Dunmore Energy", "Ashgrove Partners". The tagger stopped at the first word, read as a surname or a
 * town, and left the business word out; a name followed directly by a capitalised word of `BUSINESS_LINES` runs on
 * over it and becomes one organization. Lower-case business words ("Carr futures rose"), names that end at a
 * locator or name an office, and a business word that opens a title or a body's name ("the US Energy Secretary",
 * "Texas Energy Department") stay as they were. Where nothing was found, capitalised words right before such a
 * word are the company ("Just for Fun Fabrics").
 */
import { BUSINESS_LINES } from './lexicon.js';
import type { NameCandidate } from './rules.js';
import { startsUpper } from './letter-case.js';
import type { Token } from './tokenize.js';
import { bestPlace, wordInfoOf } from './wordinfo.js';

const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;

/**
 * Lines of business that also name a field or a sector ("Civil Engineering", "Social Media", "Venture Capital"):
 * after an ordinary word or an adjective's ending (-al, -ic, -ive: "Electrical Engineering", which GUM marks as an
 * abstract) they make no company ("Corliss Engineering" does).
 */
const FIELDS: ReadonlySet<string> = new Set(['engineering', 'media', 'capital', 'analytics', 'electric', 'shipping']);
const ADJECTIVE_ENDING = /(?:al|ic|ive)$/;

/**
 * The line of business at `k` makes no company with the word before it: a field after an ordinary word ("Social
 * Media"), a capital after a state or a country ("the Texas Capital"), or a studio after a given name ("Emily
 * Studio" may be a person's own room or a photo credit).
 */
export function fieldNotFirm(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.text.toLowerCase() ?? '';
  if (k === 0) return false;
  const before = tokens[k - 1]!.text;
  if (word === 'studio') return wordInfoOf(before).firstName;
  // "the Texas Capital", "Ontario Capital": a state's or a country's capital is its seat, no firm.
  if (word === 'capital' && ['region', 'country'].includes(bestPlace(before)?.kind ?? '')) return true;
  return FIELDS.has(word) && (wordInfoOf(before).common || ADJECTIVE_ENDING.test(before));
}

/** `candidates` with each name directly before a capitalised line of business joined to it as one organization. */
export function businessLines(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const joined = new Set<number>(); // token index of each business word taken into the name before it
  const out = candidates.map((c) => {
    if (c.nested || c.office || c.mentionLast !== undefined || (c.kind === 'person' && c.titled)) return c;
    const next = tokens[c.last];
    if (!next || next.start - tokens[c.last - 1]!.end > 1) return c; // across a line break or a gap: not one name
    if (!TITLE_CASE.test(next.text) || !BUSINESS_LINES.has(next.text.toLowerCase())) return c;
    if (fieldNotFirm(tokens, c.last)) return c;
    const after = tokens[c.last + 1];
    if (after && (wordInfoOf(after.text).title || wordInfoOf(after.text).orgSuffix)) return c;
    joined.add(c.last);
    return { ...c, last: c.last + 1, kind: 'organization' as const, titled: false, titleFrom: undefined, strong: true };
  });
  // A business word the tagger had read as a name of its own now lies inside the company's name.
  const kept = out.filter((c) => !(c.last - c.first === 1 && joined.has(c.first)));
  const found = unfoundCompanies(tokens, kept);
  return found.length ? [...kept, ...found].sort((a, b) => a.first - b.first) : kept;
}

/**
 * Companies nothing was found in: capitalised words (three at most, on one line) right before a capitalised line
 * of business, none of them found ("Just for Fun Fabrics", "… 08:28 AM Enron Investment Partners"). The first word
 * must not open a sentence unless the lexicons know no ordinary reading of it.
 */
function unfoundCompanies(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const covered = new Set<number>();
  for (const c of candidates) for (let k = c.first; k < (c.mentionLast ?? c.last); k++) covered.add(k);
  const found: NameCandidate[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const word = tokens[k]!.text;
    // startsUpper first: TITLE_CASE opens with a capital, and that character test spares the expression on the
    // lower-case words of every text (pure tests: their order changes no result).
    if (!startsUpper(word) || covered.has(k) || !TITLE_CASE.test(word) || !BUSINESS_LINES.has(word.toLowerCase()))
      continue;
    const after = tokens[k + 1];
    if (after && (TITLE_CASE.test(after.text) || wordInfoOf(after.text).title || wordInfoOf(after.text).orgSuffix))
      continue;
    let first = k;
    while (
      first > 0 &&
      k - first < 3 &&
      !covered.has(first - 1) &&
      TITLE_CASE.test(tokens[first - 1]!.text) &&
      tokens[first]!.start - tokens[first - 1]!.end === 1
    )
      first--;
    // A sentence's ordinary first word is no part of the name ("Called Varnell Plumbing on Monday"), nor is a
    // name made of it alone ("Energy Prices Rise").
    const opens = /^[.!?:"“]$/u.test(tokens[first - 1]?.text ?? '.') && wordInfoOf(tokens[first]!.text).common;
    if (opens && first === k - 1) continue;
    if (opens) first++;
    if (first === k || wordInfoOf(tokens[first]!.text).title) continue;
    if (fieldNotFirm(tokens, k)) continue;
    found.push({ first, last: k + 1, kind: 'organization', titled: false, strong: true });
  }
  return found;
}
