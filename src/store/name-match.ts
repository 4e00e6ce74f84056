import type { SearchPlan } from './search-plan.js';

/**
 * `quoted:`, `about:` and `place:` by one word of a name: the stored names and aliases (their keys, name-key.ts)
 * that hold the typed word as a whole word, so `quoted:Marieke` finds "Marieke Jansen", `about:Kim` "Kim Jong Un"
 * and "Kim Yo Jong" alike; a word shared by several entities finds the articles of any of them. A name of several
 * words (or with punctuation) finds itself exactly, as it always did.
 */
export type NameFilter = 'speaker' | 'about' | 'place';

/**
 * The most names one filter stands for: a word as common in names as "new" or "john" finds only this many
 * (the exact name first, then in key order), which bounds the match a search asks of the index.
 */
export const MAX_NAME_KEYS = 100;
/** A typed key that is one word, as both text indexes tokenize it: only such a key is looked for inside names. */
const ONE_WORD = /^[\p{L}\p{N}\p{M}]+$/u;
/**
 * Candidates read per filter before the whole-word check: the filter's stored keys holding the word as one of their
 * words, as the store's word index splits them (a few extra, never one less, for the check to drop).
 */
export const MAX_NAME_CANDIDATES = 2000;

/** Finds the stored keys a dialect's pattern lets through for one filter (at most MAX_NAME_CANDIDATES). */
export type NameCandidates = (filter: NameFilter, typed: string) => Promise<string[]> | string[];

/** The name filters of a plan, as typed, that are one word: only these are looked for inside stored names. */
function oneWordFilters(plan: SearchPlan): [NameFilter, string][] {
  const typed: [NameFilter, string | null][] = [
    ['speaker', plan.speakerKey],
    ['about', plan.aboutKey],
    ['place', plan.placeKey],
  ];
  return typed.filter((f): f is [NameFilter, string] => f[1] !== null && ONE_WORD.test(f[1]));
}

/** The plan with each name filter standing for its typed key and every stored key holding it as whole words. */
export async function withNameMatches(plan: SearchPlan, candidates: NameCandidates): Promise<SearchPlan> {
  const read = new Map<NameFilter, string[]>();
  for (const [filter, typed] of oneWordFilters(plan)) read.set(filter, await candidates(filter, typed));
  return withNameMatchesSync(plan, (filter) => read.get(filter) ?? []);
}

/** `withNameMatches` for a dialect that reads synchronously (SQLite). */
export function withNameMatchesSync(
  plan: SearchPlan,
  candidates: (f: NameFilter, typed: string) => string[],
): SearchPlan {
  const resolve = (filter: NameFilter, typed: string | null) =>
    typed === null ? null : !ONE_WORD.test(typed) ? [typed] : wholeWordMatches(typed, candidates(filter, typed));
  return {
    ...plan,
    speakerKeys: resolve('speaker', plan.speakerKey),
    aboutKeys: resolve('about', plan.aboutKey),
    placeKeys: resolve('place', plan.placeKey),
  };
}

/**
 * The typed key itself (found by the search's facets as before, whether or not a name table lists it), then the
 * candidates holding it as whole words (not inside a longer word), capped.
 */
export function wholeWordMatches(typed: string, candidates: Iterable<string>): string[] {
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${typed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
  const found = new Set<string>();
  for (const key of candidates) if (word.test(key)) found.add(key);
  const rest = [...found].filter((key) => key !== typed).sort();
  return [typed, ...rest].slice(0, MAX_NAME_KEYS);
}
