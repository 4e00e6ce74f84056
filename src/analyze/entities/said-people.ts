/**
 * A name the text says is someone: "Cécile is a hairdresser and has just moved", "Odalys is my sister", "Holly -
 * the owner, knows exactly how …", "Bram, our mechanic, found it". Reviews and forum posts name the people they
 * praise by a given name no list has, often at a sentence's start, where its capital proves nothing. A capitalised
 * name of one or two words before "is" or "was" (with "also", "really", "still" or "just" between, or none) and a
 * phrase of "a", "an", "the", "my", "our", "his" or "her", up to three lower-case words and a noun of a person's
 * trade or tie that ends the phrase ("a hairdresser", "my best friend"; not "a doctor's office"); or followed by a
 * comma or a dash and such a phrase ("Holly - the owner,"), is a person, and so is each time the text prints it again
 * where nothing else was found. Only a name nothing found, or found as a name of no kind or as a one-word place the
 * lexicon knows as a given name ("Mary is an excellent host"), is read so: another place or an organization keeps its
 * kind, and a name after a preposition takes no apposition ("born in Paris, the daughter of …"). Firms alike
 * (`saidFirms`): a name said to be a company, a firm, a store … is an organization ("Kliotech A company which …",
 * a description run on after a lost line break, "works for Dunmore, a small firm that …").
 */
import { isCommonWord } from './common-words.js';
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { wordInfoOf } from './wordinfo.js';

/** Nouns of a person's trade, role or tie ("hairdresser", "owner", "sister"). */
// prettier-ignore
const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'hairdresser', 'stylist', 'barber', 'doctor', 'dentist', 'surgeon', 'nurse', 'teacher', 'tutor', 'instructor',
  'trainer', 'coach', 'lawyer', 'attorney', 'mechanic', 'plumber', 'electrician', 'contractor', 'realtor', 'agent',
  'photographer', 'artist', 'painter', 'writer', 'author', 'singer', 'musician', 'chef', 'cook', 'baker', 'waiter',
  'waitress', 'bartender', 'owner', 'manager', 'receptionist', 'therapist', 'vet', 'veterinarian', 'pastor',
  'priest', 'student', 'professor', 'engineer', 'designer', 'consultant', 'technician', 'driver', 'pilot',
  'friend', 'boyfriend', 'girlfriend', 'husband', 'wife', 'sister', 'brother', 'mother', 'father', 'mom', 'dad',
  'son', 'daughter', 'aunt', 'uncle', 'cousin', 'grandmother', 'grandfather', 'niece', 'nephew', 'fiance',
  'fiancee', 'neighbor', 'neighbour', 'boss', 'colleague', 'roommate', 'guy', 'woman', 'man', 'lady', 'girl', 'boy',
  'host', 'hostess', 'landlord', 'landlady', 'guide', 'person',
]);
/** Nouns of a firm ("a company which …", "a small firm", "the store on Elm"). */
// prettier-ignore
const FIRM_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'business', 'store', 'shop', 'retailer', 'manufacturer', 'maker', 'supplier', 'provider',
  'startup', 'corporation', 'agency', 'brand', 'chain', 'restaurant', 'bakery', 'salon', 'dealership',
]);
const COPULAS: ReadonlySet<string> = new Set(['is', 'was']);
const ADVERBS: ReadonlySet<string> = new Set(['also', 'really', 'still', 'just', 'truly', 'definitely']);
const OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'my', 'our', 'his', 'her', 'their', 'A', 'An']);
/** Words after the noun that end its phrase: it is the head ("a hairdresser and …", "the owner of …"). */
// prettier-ignore
const AFTER_HEAD: ReadonlySet<string> = new Set([
  'of', 'in', 'at', 'for', 'with', 'who', 'which', 'that', 'and', 'but', 'from', 'here', 'there', 'since', 'to', 'on',
]);
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]*$/u;
/** A capitalised word beside a printing that makes it part of a longer name ("A" before a description does not). */
const NEIGHBOUR = /^\p{Lu}[\p{Ll}'’-]+$/u;
// prettier-ignore
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'from', 'to', 'near', 'of', 'for', 'with', 'by', 'into', 'on', 'In', 'At', 'From',
]);
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

/**
 * A candidate the phrase may make a person: a name of no kind, or a place of one word that the lexicon knows as a
 * given name ("Mary is an excellent host": Mary is a region of Turkmenistan too).
 */
function retypable(tokens: readonly Token[], c: NameCandidate): boolean {
  if (c.kind === 'other') return true;
  return c.kind === 'place' && c.last - c.first === 1 && wordInfoOf(tokens[c.first]!.text).firstName;
}

/** A phrase from token `j` of an opener, up to three lower-case words and one of `nouns` that heads it. */
function nounPhrase(tokens: readonly Token[], j: number, nouns: ReadonlySet<string>): boolean {
  if (!OPENERS.has(tokens[j]?.text ?? '')) return false;
  for (let n = 0, k = j + 1; n < 4; n++, k++) {
    const w = tokens[k]?.text ?? '';
    if (!LOWER_WORD.test(w)) return false;
    if (nouns.has(w)) {
      const next = tokens[k + 1]?.text ?? '';
      return next === '' || !LOWER_WORD.test(next) || AFTER_HEAD.has(next);
    }
  }
  return false;
}

/**
 * The name before token `k` is said there to be one of `nouns`: "is a hairdresser", ", the owner,", "- our
 * mechanic", or "A company which …" right after it (a line break lost before the description).
 */
function saidAs(tokens: readonly Token[], k: number, nouns: ReadonlySet<string>): boolean {
  const w = tokens[k]!.text;
  if (COPULAS.has(w)) {
    let j = k + 1;
    while (ADVERBS.has(tokens[j]?.text ?? '')) j++;
    return nounPhrase(tokens, j, nouns);
  }
  if (w === 'A' || w === 'An') return nounPhrase(tokens, k, nouns);
  return (w === ',' || w === '-' || w === '–') && nounPhrase(tokens, k + 1, nouns);
}

/** `candidates` with names said to be people (and their other printings) made people. */
export function saidPeople(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  return saidKinds(tokens, candidates, PERSON_NOUNS, 'person', retypable, true);
}

/**
 * `candidates` with names said to be firms (and their other printings) made organizations: "Kliotech, a company
 * which …", "Dunmore is a small firm", "Brisk - the store on Elm". A name of no kind, a weak place, or a person no
 * given name opens.
 */
export function saidFirms(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  return saidKinds(tokens, candidates, FIRM_NOUNS, 'organization', firmRetypable, false);
}

function firmRetypable(tokens: readonly Token[], c: NameCandidate): boolean {
  if (c.kind === 'other' || c.kind === 'place') return true;
  return c.kind === 'person' && !c.titled && !wordInfoOf(tokens[c.first]!.text).firstName;
}

function saidKinds(
  tokens: readonly Token[],
  candidates: readonly NameCandidate[],
  nouns: ReadonlySet<string>,
  kind: 'person' | 'organization',
  may: (tokens: readonly Token[], c: NameCandidate) => boolean,
  subjectAfterPreposition: boolean,
): NameCandidate[] {
  // What was found where, built at the first name before a cue: most texts have none.
  let coveredBy: Map<number, NameCandidate> | null = null;
  const names = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    if (!saidAs(tokens, k, nouns)) continue;
    let first = k;
    while (first > 0 && k - first < 2 && NAME_WORD.test(tokens[first - 1]!.text)) first--;
    if (first === k) continue;
    if (!coveredBy) {
      coveredBy = new Map<number, NameCandidate>();
      for (const c of candidates) for (let j = c.first; j < (c.mentionLast ?? c.last); j++) coveredBy.set(j, c);
    }
    const c = coveredBy.get(k - 1);
    if (c && (c.strong || c.nested || c.first !== first || c.last !== k || !may(tokens, c))) continue;
    // "born in Paris, the daughter of …": after a preposition the apposition is the subject's, not the name's.
    if (subjectAfterPreposition && !COPULAS.has(tokens[k]!.text) && PREPOSITIONS.has(tokens[first - 1]?.text ?? ''))
      continue;
    if (!c)
      for (let j = first; j < k; j++)
        if (coveredBy.has(j) || isCommonWord(tokens[j]!.text.toLowerCase())) first = j + 1;
    if (first < k) names.add(phrase(tokens, first, k));
  }
  if (!names.size || !coveredBy) return [...candidates];
  const covered = coveredBy;
  const out = candidates.map((c) =>
    !c.strong && !c.nested && c.kind !== kind && may(tokens, c) && names.has(phrase(tokens, c.first, c.last))
      ? { ...c, kind }
      : c,
  );
  for (const name of names) {
    const words = name.split(' ');
    for (let k = 0; k + words.length <= tokens.length; k++) {
      let match = true;
      for (let j = 0; j < words.length && match; j++) match = tokens[k + j]!.text === words[j] && !covered.has(k + j);
      if (!match || NEIGHBOUR.test(tokens[k - 1]?.text ?? '') || NEIGHBOUR.test(tokens[k + words.length]?.text ?? ''))
        continue;
      out.push({ first: k, last: k + words.length, kind, titled: false });
    }
  }
  return out.sort((a, b) => a.first - b.first);
}

const phrase = (tokens: readonly Token[], first: number, last: number): string =>
  tokens
    .slice(first, last)
    .map((t) => t.text)
    .join(' ');
