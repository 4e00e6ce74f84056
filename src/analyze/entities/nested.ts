/**
 * Places named inside longer names: "Australia" in "Medical Journal of Australia", "U.S." in "the U.S. Congress",
 * "Oakland" in "Oakland Bay Bridge". They become extra place mentions nested in the outer name, so that every
 * occurrence of a place the article names counts towards it (and links to its entity), while the outer name keeps
 * its own kind. Outermost spans stay the article's name list; nested ones are mentions only.
 */
import { phraseOf, type NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { POSITION_WORDS } from './lexicon.js';
import { bestPlace, wordInfoOf } from './wordinfo.js';

/** The longest inner run tried against the gazetteer ("New South Wales"). */
const MAX_INNER = 3;
const CAP = /^\p{Lu}/u;

/**
 * Nested place candidates inside the non-person names of `candidates`: a run that the article names as a place
 * on its own elsewhere, or a country, region or big city of the gazetteer. Persons are left whole ("Jordan Peterson").
 */
export function nestedPlaces(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const placeForms = new Set<string>();
  for (const c of candidates)
    if (c.kind === 'place') {
      placeForms.add(phraseOf(tokens, c.first, c.last));
      // Its initials too, when it has three words or more: "NSW" in "University of NSW" after "New South Wales".
      const words = tokens.slice(c.first, c.last).map((t) => t.text);
      if (words.length >= 3 && words.every((w) => CAP.test(w))) placeForms.add(words.map((w) => w[0]).join(''));
    }
  const added: NameCandidate[] = [];
  for (const c of candidates) {
    if (c.kind === 'person' || c.last - c.first < 2 || !canHoldPlace(tokens, c)) continue;
    for (let i = c.first; i < c.last;) {
      let taken = 0;
      for (let n = Math.min(MAX_INNER, c.last - i); n >= 1 && !taken; n--) {
        if (n === c.last - c.first) continue; // the whole name is not nested in itself
        if (!CAP.test(tokens[i]!.text) || !CAP.test(tokens[i + n - 1]!.text)) continue;
        const form = phraseOf(tokens, i, i + n);
        if (placeForms.has(form) || isKnownPlace(form)) taken = n;
      }
      if (taken === 3 && tokens[i + 1]!.text === 'and') {
        // "Newfoundland and Labrador" inside a longer name: GUM marks each place of the pair.
        added.push({ first: i, last: i + 1, kind: 'place', titled: false, nested: true });
        added.push({ first: i + 2, last: i + 3, kind: 'place', titled: false, nested: true });
        i += taken;
      } else if (taken) {
        added.push({ first: i, last: i + taken, kind: 'place', titled: false, nested: true });
        i += taken;
      } else i++;
    }
  }
  if (!added.length) return [...candidates];
  // Outer names first at a shared start, so that merging sees the container before what it contains.
  return [...candidates, ...added].sort((a, b) => a.first - b.first || b.last - a.last);
}

/**
 * Last words of place names that are built or bounded features named after a town ("Oakland Bay Bridge", "San
 * Francisco Bay", "Moscow Station"). Islands, lakes, states and the like are not: "Coron Island" and "Coron" the
 * town are two places, "Busuanga Island" and "Busuanga" one.
 */
// prettier-ignore
const FEATURES_NAMED_AFTER_PLACES: ReadonlySet<string> = new Set([
  'bay', 'harbor', 'harbour', 'bridge', 'street', 'avenue', 'road', 'boulevard', 'square', 'plaza', 'park',
  'airport', 'station', 'museum', 'palace', 'cathedral', 'tower', 'stadium',
]);

/**
 * A place name holds another only as a feature named after it ("San Francisco Bay", "Oakland Bay Bridge"); a
 * place of its own is no container ("South Australia", "West Virginia").
 */
function canHoldPlace(tokens: readonly Token[], c: NameCandidate): boolean {
  if (bestPlace(phraseOf(tokens, c.first, c.last))) return false;
  return c.kind !== 'place' || FEATURES_NAMED_AFTER_PLACES.has(tokens[c.last - 1]!.text.toLowerCase());
}

/** Countries, regions and big cities: a smaller namesake is too often a surname or a word ("Bath", "Reading"). */
const NESTED_CITY_POPULATION = 500_000;

function isKnownPlace(form: string): boolean {
  // "Central" in "Korean Central News Agency" is a word before it is a region.
  if (wordInfoOf(form).common || POSITION_WORDS.has(form.toLowerCase())) return false;
  const p = bestPlace(form);
  return p !== null && (p.kind !== 'city' || p.population >= NESTED_CITY_POPULATION);
}
