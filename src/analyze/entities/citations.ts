/**
 * Authors cited in author-year style: every surname of "(Li, Polat, Scalzo, & Bavelier, 2010)" or "(Dye &
 * Bavelier, 2010; Klingberg et al., 2005)" is a person, a reading the tagger misses for surnames it has never seen
 * (a third of its missed people in GUM's academic texts, cross-validation). Only lists that fill a bracket or a
 * ";"-separated part of one up to the year are read, of two authors or more or "et al.": a lone "(Mulligan,
 * 2016)" stands for the work (GUM types it so), and "(Paris, 2010)" may be a place and a date.
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
  if (tokens[k]?.text !== ',') return [];
  k--;
  for (;;) {
    if (tokens[k]?.text === '.' && tokens[k - 1]?.text === 'al') k--; // "et al." printed as "al" + "."
    if ((tokens[k]?.text === 'al.' || tokens[k]?.text === 'al') && tokens[k - 1]?.text === 'et') {
      k -= 2;
      etAl = true;
    }
    const last = k + 1;
    while (k >= 0 && (SURNAME.test(tokens[k]!.text) || PARTICLES.has(tokens[k]!.text)) && last - k <= 3) k--;
    if (k + 1 === last || !SURNAME.test(tokens[last - 1]!.text)) return [];
    out.push([k + 1, last]);
    const sep = tokens[k]?.text;
    // One author alone ("Mulligan, 2016") names the work, as GUM annotates it: left to the tagger.
    if (sep === '(' || sep === ';') return out.length >= 2 || etAl ? out : [];
    let skipped = 0;
    while (skipped < 2 && SEPARATORS.has(tokens[k]?.text ?? '')) {
      k--;
      skipped++;
    }
    if (!skipped) return [];
  }
}
const SEPARATORS: ReadonlySet<string> = new Set([',', '&', 'and']);

/** `candidates` with cited authors made people; a candidate overlapping an author gives way. */
export function citedAuthors(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const authors: NameCandidate[] = [];
  for (let i = 3; i < tokens.length; i++) {
    if (!YEAR.test(tokens[i]!.text)) continue;
    for (const [first, last] of authorsBefore(tokens, i)) authors.push({ first, last, kind: 'person', titled: false });
  }
  if (!authors.length) return [...candidates];
  const taken = new Uint8Array(tokens.length);
  for (const a of authors) taken.fill(1, a.first, a.last);
  const kept = candidates.filter((c) => !taken.subarray(c.first, c.last).some((x) => x));
  return [...kept, ...authors].sort((a, b) => a.first - b.first);
}
