/**
 * Authors cited in author-year style: every surname of "(Li, Polat, Scalzo, & Bavelier, 2010)" or "(Dye &
 * Bavelier, 2010; Klingberg et al., 2005)" is a person, a reading the tagger misses for surnames it has never seen
 * (a third of its missed people in GUM's academic texts, cross-validation). Only lists that fill a bracket or a
 * ";"-separated part of one up to the year are read, or that stand before a bare year in running text ("Polio
 * and Gass 1997"), of two authors or more or "et al.": a lone "(Mulligan, 2016)" stands for the work (GUM types
 * it so), and "(Paris, 2010)" may be a place and a date.
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';

const YEAR = /^(?:1[6-9]|20)\d\d[a-z]?$/;
const SURNAME = /^\p{Lu}[\p{L}'’-]*$/u;
/** Lower-case particles inside a surname ("van der Berg", "de Souza"). */
const PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le']);

/** The authors of the citation whose year is tokens[year], as token spans, or none when it is no citation. */
function authorsBefore(tokens: readonly Token[], year: number): [number, number][] {
  const out: [number, number][] = [];
  let etAl = false;
  let k = year - 1;
  // "(Dye & Bavelier, 2010)" inside brackets, or "Dye and Bavelier 2010" in running text, where the list ends at
  // the first word that is no name. "Dye and Bavelier (2010)" and "Dye & Bavelier [7]" are not read: a title
  // ("Imagine Me and You (2006)") or a footnoted list of places is printed so as often.
  const bracketed = tokens[k]?.text === ',';
  if (bracketed) k--;
  else if (!SURNAME.test(tokens[k]?.text ?? '')) return [];
  const enough = (): boolean => out.length >= 2 || etAl;
  for (;;) {
    if (tokens[k]?.text === '.' && tokens[k - 1]?.text === 'al') k--; // "et al." printed as "al" + "."
    if ((tokens[k]?.text === 'al.' || tokens[k]?.text === 'al') && tokens[k - 1]?.text === 'et') {
      k -= 2;
      etAl = true;
    }
    const last = k + 1;
    while (k >= 0 && (SURNAME.test(tokens[k]!.text) || PARTICLES.has(tokens[k]!.text)) && last - k <= 3) k--;
    if (k + 1 === last || !SURNAME.test(tokens[last - 1]!.text)) return !bracketed && enough() ? out : [];
    out.push([k + 1, last]);
    const sep = tokens[k]?.text;
    // One author alone ("Mulligan, 2016") names the work, as GUM annotates it: left to the tagger.
    if (sep === '(' || sep === ';' || leadIn(tokens, k)) return enough() ? out : [];
    let skipped = 0;
    while (skipped < 2 && SEPARATORS.has(tokens[k]?.text ?? '')) {
      k--;
      skipped++;
    }
    if (!skipped) return !bracketed && enough() ? out : [];
  }
}
const SEPARATORS: ReadonlySet<string> = new Set([',', '&', 'and']);

/**
 * Token `k` ends a lead-in to a citation inside a bracket: "(e.g. Dye et al., 2010", "(see Dye and Li, 2010",
 * "(cf. Dye et al., 2010". The tokenizer prints "e.g." as "e . g ." and "cf." as "cf .".
 */
function leadIn(tokens: readonly Token[], k: number): boolean {
  const at = (n: number): string => tokens[k - n]?.text ?? '';
  if (at(0) === 'see') return true;
  if (at(0) !== '.') return false;
  return at(1) === 'cf' || (at(1) === 'g' && at(2) === '.' && at(3) === 'e');
}

/** `candidates` with cited authors made people; a candidate overlapping an author gives way. */
export function citedAuthors(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const authors: NameCandidate[] = [];
  for (let i = 3; i < tokens.length; i++) {
    // YEAR opens with "1" or "2": that character test spares the expression on every other token.
    const lead = tokens[i]!.text.charCodeAt(0);
    if ((lead !== 49 && lead !== 50) || !YEAR.test(tokens[i]!.text)) continue;
    for (const [first, last] of authorsBefore(tokens, i)) authors.push({ first, last, kind: 'person', titled: false });
  }
  if (!authors.length) return [...candidates];
  const taken = new Uint8Array(tokens.length);
  for (const a of authors) taken.fill(1, a.first, a.last);
  const kept = candidates.filter((c) => !taken.subarray(c.first, c.last).some((x) => x));
  return [...kept, ...authors].sort((a, b) => a.first - b.first);
}
