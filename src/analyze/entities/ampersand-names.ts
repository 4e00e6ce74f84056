/**
 * Names joined by an ampersand are one firm's name: "Tolbert & Sons", "Quayle & Marsh", "Fennick & Rowe Yarns". The
 * tagger read each side alone, often as a surname or a town, so a firm of partners came out as two people or two
 * places. Capitalised words on both sides of "&", on one line, join into one organization with what was found on
 * either side, unless both sides open with a given name ("Tom & Jerry", people said together), neither side was found
 * as a name, both sides are towns of note (two places: "east to Tempe & Mesa"), the pair lies inside a longer run
 * of capitalised words (a heading: "Plumbing Air Conditioning & Electric Problems"), or a year follows (an academic
 * citation's authors, "Hale & Ostrow (2011)", `citations.ts`).
 */
import { phraseOf, type NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { BUSINESS_LINES, NEVER_NAMES, ORG_SUFFIXES } from './lexicon.js';
import { bestPlace, wordInfoOf } from './wordinfo.js';

/** A Title-case or all-capital word of two letters or more, or one capital ("A & P"). */
const CAPITALISED = /^\p{Lu}[\p{L}'’]*$/u;
const YEAR = /^(?:1[6-9]|20)\d\d[a-z]?$/;

/** The two tokens are printed next to each other on one line. */
function adjacent(tokens: readonly Token[], a: number, b: number): boolean {
  const gap = tokens[b]!.start - tokens[a]!.end;
  return gap >= 0 && gap <= 1;
}

/** `candidates` with the names around each "&" joined into one organization. */
export function ampersandNames(
  tokens: readonly Token[],
  candidates: readonly NameCandidate[],
  starts: ReadonlySet<number>,
): NameCandidate[] {
  let out: NameCandidate[] | null = null;
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (tokens[k]!.text !== '&') continue;
    const list: readonly NameCandidate[] = out ?? candidates;
    const joined = joinAt(tokens, list, starts, k);
    if (!joined) continue;
    out = [...list.filter((c) => c.last <= joined.first || c.first >= joined.last), joined].sort(
      (a, b) => a.first - b.first,
    );
  }
  return out ?? [...candidates];
}

/** The organization around the "&" at `k`, or null. */
function joinAt(
  tokens: readonly Token[],
  candidates: readonly NameCandidate[],
  starts: ReadonlySet<number>,
  k: number,
): NameCandidate | null {
  if (!CAPITALISED.test(tokens[k - 1]!.text) || !CAPITALISED.test(tokens[k + 1]!.text)) return null;
  if (!adjacent(tokens, k - 1, k) || !adjacent(tokens, k, k + 1)) return null;
  const left = candidates.find(
    (c) => c.first < k && c.last === k && !c.nested && CAPITALISED.test(tokens[c.first]!.text),
  );
  const right = candidates.find((c) => c.first === k + 1 && !c.nested);
  if ((left?.kind === 'person' && left.titled) || right?.office) return null;
  // Two towns of note said together are two places ("the bus runs to Leeds & Bradford"); small ones may be partners'
  // surnames ("Barnes & Noble").
  if (majorPlace(tokens, left) && majorPlace(tokens, right)) return null;
  // Only a side the tagger found as a name vouches for the pair; a side nothing was found in is one word, or two
  // when a line of business or an organization's last word follows it ("Rowe Yarns").
  if (!vouches(left) && !vouches(right)) return null;
  let first = left?.first ?? k - 1;
  // A sentence's ordinary first word the tagger ran in is no part of the name ("Call Quayle & Marsh").
  if (starts.has(first) && first < k - 1 && wordInfoOf(tokens[first]!.text).common) first++;
  let last = right?.last ?? k + 2;
  if (!right && last < tokens.length && adjacent(tokens, last - 1, last) && firmWord(tokens[last]!.text)) last++;
  // Inside a longer run of capitalised words the line is a heading ("Plumbing Air Conditioning & Electric").
  if (
    first > 0 &&
    !starts.has(first) &&
    CAPITALISED.test(tokens[first - 1]!.text) &&
    adjacent(tokens, first - 1, first)
  )
    return null;
  if (wordInfoOf(tokens[first]!.text).firstName && wordInfoOf(tokens[k + 1]!.text).firstName) return null;
  for (let j = first; j < last; j++) if (j !== k && NEVER_NAMES.has(tokens[j]!.text.toLowerCase())) return null;
  if (citedYear(tokens, last)) return null;
  return { first, last, kind: 'organization', titled: false, strong: true };
}

/** A place found that the gazetteer knows as a country, a region or a city of 100,000 or more. */
function majorPlace(tokens: readonly Token[], c: NameCandidate | undefined): boolean {
  if (c?.kind !== 'place') return false;
  const place = bestPlace(phraseOf(tokens, c.first, c.last));
  return place !== null && (place.kind !== 'city' || place.population >= 100_000);
}

/** A name found as a person, place or organization. */
function vouches(c: NameCandidate | undefined): boolean {
  return c !== undefined && c.kind !== 'other';
}

/** A word that ends a firm's name ("Yarns", "Holdings", "Bank"). */
function firmWord(word: string): boolean {
  const lower = word.toLowerCase();
  return CAPITALISED.test(word) && (BUSINESS_LINES.has(lower) || ORG_SUFFIXES.has(lower));
}

/** A year follows the name, in brackets or after a comma: "Hale & Ostrow (2011)", "Hale & Ostrow, 2011". */
function citedYear(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last]?.text;
  return (next === '(' || next === ',') && YEAR.test(tokens[last + 1]?.text ?? '');
}
