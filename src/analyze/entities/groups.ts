/**
 * Peoples named in the plural: "Thais", "the Palestinians", "Canadians", "Jews" are people (GUM types plural
 * demonyms as persons and, in four cases out of five in its train split, as names). The rules read a demonym as no
 * name ("Russian President …"), and the tagger, seeing few, left most out or read them as organizations.
 * Universal NER leaves plural peoples unmarked (16 of 17 in its English dev split); the two agree only on peoples
 * described ("local Iraqis") or counted ("many of the Iraqis"), which are left out here. A bare or determined
 * people ("the Palestinians") stays a person, as GUM has it.
 */
import nlp from 'compromise';
import { memoByText } from './text-memo.js';
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { isSportsReport } from './spans.js';
import { wordInfoOf } from './wordinfo.js';

/** Peoples and faiths in the plural that the demonym lexicon lacks. */
// prettier-ignore
const PEOPLES: ReadonlySet<string> = new Set([
  'arabs', 'jews', 'muslims', 'buddhists', 'hindus', 'sikhs', 'kurds', 'turks', 'tatars', 'vikings', 'slavs',
  'berbers', 'bedouins', 'huguenots', 'christians', 'catholics', 'protestants',
]);
const PLURAL = /^\p{Lu}\p{Ll}+[^s]s$/u; // "Swiss" and "Lebanese" are no plurals of this form
/** Faiths and compass sides as adjectives, which the demonym lexicon lacks ("Shiite cleric", "Western papers"). */
// prettier-ignore
const ADJECTIVES: ReadonlySet<string> = new Set([
  'shiite', 'shia', 'sunni', 'muslim', 'islamic', 'christian', 'jewish', 'catholic', 'protestant', 'orthodox',
  'hindu', 'buddhist', 'sikh', 'western', 'eastern', 'northern', 'southern', 'arab', 'zionist',
]);
/**
 * Counts and quantifiers before "of" whose phrase the people are part of: "millions of Americans", "many of the
 * Iraqis", "all of the Armenians" are a number of people, headed by the count (GUM leaves the demonym unmarked).
 */
// prettier-ignore
const COUNTS: ReadonlySet<string> = new Set([
  'hundreds', 'thousands', 'millions', 'billions', 'dozens', 'tens', 'many', 'most', 'some', 'all', 'few', 'several',
  'none', 'each', 'both', 'half', 'majority', 'minority',
]);
/** Quantifiers and determiners before a people, which leave it a name ("most Thais", "other Americans"). */
// prettier-ignore
const QUANTIFIERS: ReadonlySet<string> = new Set([
  'most', 'many', 'more', 'few', 'fewer', 'all', 'some', 'several', 'other', 'both', 'such', 'same', 'only',
]);

/** A plural of a people, faith or sect ("Shiites", "Alawites") ending a longer capitalised run. */
function isPeopleHead(word: string): boolean {
  return isPeople(word) || /^\p{Lu}\p{Ll}+ites$/u.test(word);
}

/**
 * A people described by the lower-case word before it ("local Iraqis", "extremist Muslims", "radical young
 * Palestinians"): a group picked out of the people by a description, a common noun phrase, no name. UNER leaves
 * such groups unmarked, and GUM marks no described people as a name (its one case, "Jewish Christians", is a noun).
 * The word is an adjective or a singular noun as a modifier by compromise's reading of the phrase; a quantifier
 * or a determiner ("most Thais", "the Arabs") describes nothing.
 */
function isDescribed(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.text;
  if (!prev || !/^\p{Ll}+$/u.test(prev) || QUANTIFIERS.has(prev)) return false;
  return describesLast(`${tokens[i - 2]?.text ?? ''} ${prev} ${tokens[i]!.text}`);
}

/** compromise reads the phrase's second-to-last word as an adjective or a singular noun. */
const describesLast = memoByText((phrase: string): boolean => {
  const terms = nlp(phrase).termList();
  const tags = terms[terms.length - 2]?.tags;
  if (!tags) return false;
  if (tags.has('Adjective') && !tags.has('Determiner')) return true;
  return tags.has('Noun') && tags.has('Singular') && !tags.has('Pronoun');
});

/**
 * A singular demonym or faith before a people or sect in the plural ("Iraqi Shiites", "Sunni Arabs"): a people
 * described, no name (see `isDescribed`).
 */
function isDescribedRun(tokens: readonly Token[], c: NameCandidate): boolean {
  if (c.last - c.first < 2 || !isPeopleHead(tokens[c.last - 1]!.text)) return false;
  return tokens.slice(c.first, c.last - 1).every((t) => {
    const word = t.text.toLowerCase();
    return ADJECTIVES.has(word) || (wordInfoOf(t.text).demonym && !PLURAL.test(t.text));
  });
}

function isPeople(word: string): boolean {
  // PLURAL ends in "s" after four characters at least: that test first spares the expression on most words (this
  // is asked of every token).
  if (word.length < 4 || word.charCodeAt(word.length - 1) !== 115) return false;
  return PLURAL.test(word) && (PEOPLES.has(word.toLowerCase()) || wordInfoOf(word).demonym);
}

/**
 * Demonyms and faiths in the singular before a lower-case word describe it ("the former Iraqi leader", "Shiite
 * cleric", "Sunni Arab regions"): no name, though capitalised.
 */
function isAdjectival(tokens: readonly Token[], c: NameCandidate): boolean {
  if (!/^\p{Ll}/u.test(tokens[c.last]?.text ?? '')) return false;
  return tokens.slice(c.first, c.last).every((t) => {
    const word = t.text.toLowerCase();
    return ADJECTIVES.has(word) || (wordInfoOf(t.text).demonym && !PLURAL.test(t.text));
  });
}

/**
 * `candidates` without adjectival demonyms, and with each plural demonym standing alone made a person ("… between Jews and Arabs"), unless counted
 * ("millions of Americans").
 */
export function peoples(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const byToken = new Map<number, NameCandidate>();
  for (const c of candidates) for (let k = c.first; k < c.last; k++) byToken.set(k, c);
  const replaced = new Set<NameCandidate>(
    candidates.filter((c) => isAdjectival(tokens, c) || isDescribedRun(tokens, c)),
  );
  const added: NameCandidate[] = [];
  // In a sports report "the Belgians" are the national team, an organization as GUM types it. Read once, at the
  // first people found: the test counts every token, and most texts name no people.
  let sports: boolean | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!isPeople(tokens[i]!.text)) continue;
    sports ??= isSportsReport(tokens);
    const kind = sports ? 'organization' : 'person';
    const c = byToken.get(i);
    const partOf = tokens[i - 1]?.text.toLowerCase() === 'the' ? i - 1 : i; // "many of the Iraqis"
    if (
      (tokens[partOf - 1]?.text === 'of' && COUNTS.has(tokens[partOf - 2]?.text.toLowerCase() ?? '')) ||
      isDescribed(tokens, i)
    ) {
      if (c && c.last - c.first === 1) replaced.add(c);
      continue;
    }
    if (c && c.last - c.first > 1) continue; // part of a longer name: "Young Americans for Freedom"
    if (c?.kind === kind) continue;
    if (c) replaced.add(c);
    added.push({ first: i, last: i + 1, kind, titled: false });
  }
  if (!added.length && !replaced.size) return [...candidates];
  return [...candidates.filter((c) => !replaced.has(c)), ...added].sort((a, b) => a.first - b.first);
}
