/**
 * A clause shouted in capitals is no name: "WILL SOMEONE PLZ HELP ME IT 'S DUE WENSDAY", "LOCATION HAS CLOSED",
 * "U P D A T E D". Web text writes whole sentences and words spelled out in capitals, and the tagger, seeing only
 * capitals, read them as names. A name of three words or more, all in capitals, that holds a pronoun, a modal, a
 * form of "be"/"have" or a verb in the past (words names do not hold), or that is four single letters or more (a word
 * spelled out), is dropped. Shouted names keep their capitals and stay ("BLUE RIDGE ROOFING", "THE WHITE HOUSE").
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { lexiconTags } from './wordinfo.js';

const CAPITALS = /^[\p{Lu}'’]+$/u;
/** compromise tags of words that make a clause, not a name. */
const CLAUSE_TAGS: ReadonlySet<string> = new Set(['Pronoun', 'Modal', 'Copula', 'Auxiliary', 'PastTense']);

function shoutedClause(tokens: readonly Token[], c: NameCandidate): boolean {
  const words = tokens.slice(c.first, c.last).map((t) => t.text);
  if (words.length < 3 || !words.every((w) => CAPITALS.test(w))) return false;
  if (words.length >= 4 && words.every((w) => w.length === 1)) return true;
  return words.some((w) => lexiconTags(w.toLowerCase()).some((t) => CLAUSE_TAGS.has(t)));
}

/** `candidates` without clauses shouted in capitals. */
export function withoutShoutedClauses(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  return candidates.filter((c) => !shoutedClause(tokens, c));
}
