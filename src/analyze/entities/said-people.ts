/**
 * A name the text says is someone: "Cécile is a hairdresser and has just moved", "Odalys is my sister", "Holly -
 * the owner, knows exactly how …", "Bram, our mechanic, found it". Reviews and forum posts name the people they
 * praise by a given name no list has, often at a sentence's start, where its capital proves nothing. A capitalised
 * name of one or two words before "is" or "was" (with "also", "really", "still" or "just" between, or none) and a
 * phrase of "a", "an", "the", "my", "our", "his" or "her", up to three lower-case words and a noun of a person's
 * trade or tie that ends the phrase ("a hairdresser", "my best friend"; not "a doctor's office"); or followed by a
 * comma or a dash and such a phrase ("Holly - the owner,"), is a person, and so is each time the text prints it again
 * where nothing else was found. Only a name nothing found, or found as a name of no kind, is read so: a place or an
 * organization keeps its kind, and a name after a preposition takes no apposition ("born in Paris, the daughter of
 * …").
 */
import { isCommonWord } from './common-words.js';
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';

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
]);
const COPULAS: ReadonlySet<string> = new Set(['is', 'was']);
const ADVERBS: ReadonlySet<string> = new Set(['also', 'really', 'still', 'just', 'truly', 'definitely']);
const OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'my', 'our', 'his', 'her', 'their']);
/** Words after the noun that end its phrase: it is the head ("a hairdresser and …", "the owner of …"). */
// prettier-ignore
const AFTER_HEAD: ReadonlySet<string> = new Set([
  'of', 'in', 'at', 'for', 'with', 'who', 'that', 'and', 'but', 'from', 'here', 'there', 'since', 'to', 'on',
]);
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]*$/u;
// prettier-ignore
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'from', 'to', 'near', 'of', 'for', 'with', 'by', 'into', 'on', 'In', 'At', 'From',
]);
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

/** A phrase from token `j` of an opener, up to three lower-case words and a person noun that heads it. */
function personPhrase(tokens: readonly Token[], j: number): boolean {
  if (!OPENERS.has(tokens[j]?.text ?? '')) return false;
  for (let n = 0, k = j + 1; n < 4; n++, k++) {
    const w = tokens[k]?.text ?? '';
    if (!LOWER_WORD.test(w)) return false;
    if (PERSON_NOUNS.has(w)) {
      const next = tokens[k + 1]?.text ?? '';
      return next === '' || !LOWER_WORD.test(next) || AFTER_HEAD.has(next);
    }
  }
  return false;
}

/** The name before token `k` is said to be a person there: "is a hairdresser", ", the owner,", "- our mechanic". */
function saidPerson(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]!.text;
  if (COPULAS.has(w)) {
    let j = k + 1;
    while (ADVERBS.has(tokens[j]?.text ?? '')) j++;
    return personPhrase(tokens, j);
  }
  return (w === ',' || w === '-' || w === '–') && personPhrase(tokens, k + 1);
}

/** `candidates` with names said to be people (and their other printings) made people. */
export function saidPeople(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const coveredBy = new Map<number, NameCandidate>();
  for (const c of candidates) for (let k = c.first; k < (c.mentionLast ?? c.last); k++) coveredBy.set(k, c);
  const names = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    if (!saidPerson(tokens, k)) continue;
    let first = k;
    while (first > 0 && k - first < 2 && NAME_WORD.test(tokens[first - 1]!.text)) first--;
    if (first === k) continue;
    const c = coveredBy.get(k - 1);
    if (c && (c.strong || c.nested || c.first !== first || c.last !== k || c.kind !== 'other')) continue;
    // "born in Paris, the daughter of …": after a preposition the apposition is the subject's, not the name's.
    if (!COPULAS.has(tokens[k]!.text) && PREPOSITIONS.has(tokens[first - 1]?.text ?? '')) continue;
    if (!c)
      for (let j = first; j < k; j++)
        if (coveredBy.has(j) || isCommonWord(tokens[j]!.text.toLowerCase())) first = j + 1;
    if (first < k) names.add(phrase(tokens, first, k));
  }
  if (!names.size) return [...candidates];
  const out = candidates.map((c) =>
    !c.strong && !c.nested && c.kind === 'other' && names.has(phrase(tokens, c.first, c.last))
      ? { ...c, kind: 'person' as const }
      : c,
  );
  for (const name of names) {
    const words = name.split(' ');
    for (let k = 0; k + words.length <= tokens.length; k++) {
      let match = true;
      for (let j = 0; j < words.length && match; j++) match = tokens[k + j]!.text === words[j] && !coveredBy.has(k + j);
      if (!match || NAME_WORD.test(tokens[k - 1]?.text ?? '') || NAME_WORD.test(tokens[k + words.length]?.text ?? ''))
        continue;
      out.push({ first: k, last: k + words.length, kind: 'person', titled: false });
    }
  }
  return out.sort((a, b) => a.first - b.first);
}

const phrase = (tokens: readonly Token[], first: number, last: number): string =>
  tokens
    .slice(first, last)
    .map((t) => t.text)
    .join(' ');
