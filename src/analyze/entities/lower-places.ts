/**
 * Places written in lower case, as web text writes them ("i am from mexico", "beach resorts in trivandrum",
 * "between noida and greater noida"): the rules read capitals only, so these were never candidates. A lower-case
 * word or phrase of up to three words is a place when the gazetteer knows it as a country, a region or a city of
 * 100,000 or more, no lexicon gives it an ordinary reading ("nice", "reading", "us", "male") or a person's, and
 * its context says place: a country anywhere; a region or city after a preposition of place, after "and"/"or"
 * following a place, or right before another such place ("miramar florida", "brittany france"). A lower-case
 * place word after it ("tampa bay") stays in the name.
 */
import { gazetteer } from '../gazetteer/gazetteer.js';
import { startsLower } from './letter-case.js';
import { PLACE_SUFFIXES, POSITION_WORDS } from './lexicon.js';
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { bestPlace, lexiconTags, wordInfo } from './wordinfo.js';

/** Countries and cities whose lower-case form is mostly an ordinary noun ("a piece of china", "to turkey"). */
// prettier-ignore
const ORDINARY_NOUNS: ReadonlySet<string> = new Set([
  'turkey', 'china', 'jersey', 'guinea', 'chile', 'bath', 'mecca', 'anchorage', 'phoenix', 'natal', 'cork',
  'chihuahua', 'man', 'male', 'split', 'mobile', 'reading', 'nice', 'surprise', 'bar', 'pool',
]);

/** Words before a place name. */
// prettier-ignore
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'to', 'from', 'near', 'at', 'across', 'around', 'between', 'through', 'into', 'toward', 'towards',
  'outside', 'via', 'visit', 'visiting', 'visited', 'around', 'throughout',
]);

/** compromise tags of words that open a noun phrase, never a name ("the", "my", "this"). */
const FUNCTION_TAGS: ReadonlySet<string> = new Set([
  'Determiner',
  'Article',
  'Possessive',
  'Pronoun',
  'Preposition',
  'Conjunction',
]);

const PERSON_TAGS = /Name$|^Person$/;

/** The kind of place a lower-case phrase names, or null. */
function placeKind(phrase: string): 'country' | 'region' | 'city' | null {
  if (phrase.length < 4 || ORDINARY_NOUNS.has(phrase)) return null;
  // The gazetteer first: most lower-case words and phrases name no place, and asking wordInfo about each one
  // (every lower-case word, pair and triple of a text) cost a third of the analysis and crowded its cache.
  const place = bestPlace(phrase);
  if (!place || (place.kind === 'city' && place.population < 100_000)) return null;
  const words = phrase.split(' ');
  if (words.every((w) => POSITION_WORDS.has(w))) return null; // "west", "south east"
  if (lexiconTags(words[0]!).some((t) => FUNCTION_TAGS.has(t))) return null; // "the quarter"
  const info = wordInfo(phrase);
  if (info.common || info.demonym || info.title || info.placeSuffix || info.orgSuffix) return null;
  const tags = lexiconTags(phrase);
  if (tags.some((t) => PERSON_TAGS.test(t)) && !info.place) return null; // "kent", "houston" in e-mail names
  return place.kind;
}

const LETTERS = /^\p{L}+$/u;

/** A word of letters that starts lower-case; ASCII words are read by hand (the expression cost 1% of analysis). */
function isLowerWord(t: Token | undefined): boolean {
  if (t === undefined || !startsLower(t.text)) return false;
  const w = t.text;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return LETTERS.test(w);
    const folded = c | 32; // ASCII letters fold to lower case; no other ASCII character lands in a-z
    if (folded < 97 || folded > 122) return false;
  }
  return true;
}

interface Found {
  first: number;
  last: number;
  kind: 'country' | 'region' | 'city';
}

/**
 * The longest lower-case place phrase starting at token `i`, or null. `lower[k]`: token k is a lower-case word
 * (tested once per token, where each start tested its next three again); `words`: the tokens' texts. Only the
 * phrases the gazetteer may know are built and read: `placeKind` finds no place in the others.
 */
function placeAt(
  tokens: readonly Token[],
  words: readonly string[],
  lower: readonly boolean[],
  i: number,
): Found | null {
  let run = 0;
  while (run < 3 && lower[i + run]) run++;
  const may = gazetteer().mayName(words, i, run);
  for (let n = run; n >= 1; n--) {
    if ((may & (1 << (n - 1))) === 0) continue;
    let phrase = tokens[i]!.text;
    for (let k = i + 1; k < i + n; k++) phrase += ' ' + tokens[k]!.text;
    const kind = placeKind(phrase);
    if (kind) return { first: i, last: i + n, kind };
  }
  return null;
}

/** `candidates` with lower-case places added where no candidate lies. */
export function lowerCasePlaces(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  // Tokens inside a candidate, by index: a typed array, not a set of numbers, for a test on every lower-case token.
  const taken = new Uint8Array(tokens.length);
  for (const c of candidates) taken.fill(1, c.first, c.last);
  const lower = tokens.map(isLowerWord);
  const words = tokens.map((t) => t.text);
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] === 1 || !lower[i]) continue;
    const f = placeAt(tokens, words, lower, i);
    if (!f) continue;
    let free = true;
    for (let k = f.first; k < f.last; k++) if (taken[k] === 1) free = false;
    if (!free) continue;
    found.push(f);
    i = f.last - 1;
  }
  if (!found.length) return [...candidates];
  const placeEndsAt = new Set<number>(); // token index right after a place (lower-case or a candidate)
  for (const c of candidates) if (c.kind === 'place') placeEndsAt.add(c.last);
  for (const f of found) placeEndsAt.add(f.last);
  const placeStarts = new Set<number>(found.filter((f) => f.kind !== 'city').map((f) => f.first));
  for (const c of candidates) if (c.kind === 'place') placeStarts.add(c.first);
  const added: NameCandidate[] = [];
  for (const f of found) {
    const prev = tokens[f.first - 1]?.text.toLowerCase() ?? '';
    const afterList = (prev === 'and' || prev === 'or') && placeEndsAt.has(f.first - 1);
    const ok =
      f.kind === 'country' ||
      PLACE_PREPOSITIONS.has(prev) ||
      afterList ||
      placeEndsAt.has(f.first) ||
      placeStarts.has(f.last);
    if (!ok) continue;
    let last = f.last;
    const next = tokens[last]?.text;
    if (next && isLowerWord(tokens[last]) && PLACE_SUFFIXES.has(next) && taken[last] !== 1) last++; // "tampa bay"
    added.push({ first: f.first, last, kind: 'place', titled: false, strong: true });
  }
  if (!added.length) return [...candidates];
  return [...candidates, ...added].sort((a, b) => a.first - b.first);
}
