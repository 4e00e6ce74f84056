/**
 * Peoples named in the plural: "Thais", "the Palestinians", "Canadians", "Jews" are people (GUM types plural
 * demonyms as persons and, in four cases out of five in its train split, as names). The rules read a demonym as no
 * name ("Russian President …"), and the tagger, seeing few, left most out or read them as organizations.
 */
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
/** Counts before "of" whose phrase the people are part of: "millions of Americans" is a number of people. */
const COUNTS: ReadonlySet<string> = new Set(['hundreds', 'thousands', 'millions', 'billions', 'dozens', 'tens']);

function isPeople(word: string): boolean {
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
  const replaced = new Set<NameCandidate>(candidates.filter((c) => isAdjectival(tokens, c)));
  const added: NameCandidate[] = [];
  // In a sports report "the Belgians" are the national team, an organization as GUM types it.
  const kind = isSportsReport(tokens) ? 'organization' : 'person';
  for (let i = 0; i < tokens.length; i++) {
    if (!isPeople(tokens[i]!.text)) continue;
    if (tokens[i - 1]?.text === 'of' && COUNTS.has(tokens[i - 2]?.text.toLowerCase() ?? '')) continue;
    const c = byToken.get(i);
    if (c && c.last - c.first > 1) continue; // part of a longer name: "Young Americans for Freedom"
    if (c?.kind === kind) continue;
    if (c) replaced.add(c);
    added.push({ first: i, last: i + 1, kind, titled: false });
  }
  if (!added.length && !replaced.size) return [...candidates];
  return [...candidates.filter((c) => !replaced.has(c)), ...added].sort((a, b) => a.first - b.first);
}
