/**
 * A name the text says is a place: "Iguazu is a big or a small country?", "Varkala is a small town by the beach",
 * "Tolga was once a fishing village". Question-and-answer text asks about places no list knows, and the name opens
 * the sentence, where its capital proves nothing. A capitalised name of up to three words, right before "is" or
 * "was" (with "not", "also", "once", "really" or "just" between, or none) and a phrase of "a", "an" or "the", up to
 * four lower-case words, and a noun of a settlement or a country that ends the phrase (a punctuation mark, a
 * preposition or a clause follows: not "a country singer", "a town hall"), is a place, and so is each time the text
 * prints it again where nothing else was found. A name found with strong evidence keeps its kind; of a name nothing
 * found, the words in common use are left out ("It is the largest town …").
 */
import { isCommonWord } from './common-words.js';
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';

/** Nouns of places a name may be said to be. */
// prettier-ignore
const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'country', 'nation', 'state', 'province', 'region', 'city', 'town', 'village', 'island', 'capital', 'suburb',
  'neighborhood', 'neighbourhood', 'county', 'port', 'resort', 'hamlet', 'municipality', 'kingdom', 'republic',
]);
const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'IS', 'WAS']);
const ADVERBS: ReadonlySet<string> = new Set(['not', 'NOT', 'also', 'once', 'really', 'just', 'still', 'actually']);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'A', 'AN', 'THE']);
/** Words after the noun that end its phrase: it is the head ("a town on the coast", "a city that …"). */
// prettier-ignore
const AFTER_HEAD: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'by', 'near', 'with', 'that', 'which', 'where', 'and', 'or', 'but', 'located', 'known',
  'famous', 'from', 'to', 'for', 'about', 'north', 'south', 'east', 'west',
]);
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

/** The copula at `k` opens a phrase ending in a place noun that heads it ("is not a small country?"). */
function placePhrase(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  while (ADVERBS.has(tokens[j]?.text ?? '')) j++;
  if (!ARTICLES.has(tokens[j]?.text ?? '')) return false;
  j++;
  for (let n = 0; n < 5; n++, j++) {
    const w = tokens[j]?.text ?? '';
    if (!LOWER_WORD.test(w)) return false;
    if (PLACE_NOUNS.has(w)) {
      const next = tokens[j + 1]?.text ?? '';
      return next === '' || !LOWER_WORD.test(next) || AFTER_HEAD.has(next);
    }
  }
  return false;
}

/** `candidates` with names said to be places (and their other printings) made places. */
export function saidPlaces(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  // What was found where, built at the first name before a copula and a place phrase: most texts have none.
  let coveredBy: Map<number, NameCandidate> | null = null;
  const names = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    if (!COPULAS.has(tokens[k]!.text) || !placePhrase(tokens, k)) continue;
    let first = k;
    while (first > 0 && k - first < 3 && NAME_WORD.test(tokens[first - 1]!.text)) first--;
    if (first === k) continue;
    if (!coveredBy) {
      coveredBy = new Map<number, NameCandidate>();
      for (const c of candidates) for (let j = c.first; j < (c.mentionLast ?? c.last); j++) coveredBy.set(j, c);
    }
    const c = coveredBy.get(k - 1);
    if (c && (c.strong || c.nested || c.first !== first || c.last !== k || c.kind === 'organization')) continue;
    if (!c)
      for (let j = first; j < k; j++)
        if (coveredBy.has(j) || isCommonWord(tokens[j]!.text.toLowerCase())) first = j + 1;
    if (first < k)
      names.add(
        tokens
          .slice(first, k)
          .map((t) => t.text)
          .join(' '),
      );
  }
  if (!names.size || !coveredBy) return [...candidates];
  const covered = coveredBy;
  const out = candidates.map((c) =>
    !c.strong && !c.nested && c.kind !== 'place' && names.has(phrase(tokens, c)) ? { ...c, kind: 'place' as const } : c,
  );
  for (const name of names) {
    const words = name.split(' ');
    for (let k = 0; k + words.length <= tokens.length; k++) {
      let match = true;
      for (let j = 0; j < words.length && match; j++) match = tokens[k + j]!.text === words[j] && !covered.has(k + j);
      if (!match || NAME_WORD.test(tokens[k - 1]?.text ?? '') || NAME_WORD.test(tokens[k + words.length]?.text ?? ''))
        continue;
      out.push({ first: k, last: k + words.length, kind: 'place', titled: false });
    }
  }
  return out.sort((a, b) => a.first - b.first);
}

const phrase = (tokens: readonly Token[], c: NameCandidate): string =>
  tokens
    .slice(c.first, c.last)
    .map((t) => t.text)
    .join(' ');
