/**
 * People named only by common words are no people: capitalised headings, roles and things that the tagger read as
 * names ("Buyer Beware!!", "our Gas Desk", "the Turbine Contract", "Unconfirmed Sources"). A person of two words or
 * more, untitled, each word capitalised and an English word in common use (`common-words.ts`) that neither
 * compromise's lexicon nor `NAMES_AS_WORDS` knows as a name ("Frank Young", "Grace Baker") and that is no title, is
 * left out. A name of one word stays: a surname is often a word ("Baker", "Bush"), and GUM names people by their
 * office alone ("the Secretary"), as the titles keep longer spans ("The Home Secretary"), unless its place makes it a
 * role: after a person's name and a dash, or after an office and "of" (`roleByPlace`).
 */
import { isCommonWord } from './common-words.js';
import { NAMES_AS_WORDS } from './lexicon.js';
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { wordInfoOf } from './wordinfo.js';

const CAPITALISED = /^\p{Lu}\p{L}*$/u;

/** A capitalised word that is a common English word and nothing that names a person, place or body. */
function plainWord(word: string): boolean {
  if (!CAPITALISED.test(word)) return false;
  const info = wordInfoOf(word);
  if (info.firstName || info.lastName || info.person || info.place || info.org || info.title) return false;
  const lower = word.toLowerCase();
  return !NAMES_AS_WORDS.has(lower) && isCommonWord(lower);
}

/**
 * A one-word person that is a role or a field by its place: after a person's name and a dash, as rosters give each
 * one's role ("Bryan Hull - Analyst, Eduardo Tellechea - Associate"), or after an office and "of" ("a Professor of
 * Medicine"). The word is a title or a common word, and no given name or surname.
 */
function roleByPlace(tokens: readonly Token[], c: NameCandidate, personEndsAt: ReadonlySet<number>): boolean {
  const word = tokens[c.first]!.text;
  if (!CAPITALISED.test(word)) return false;
  const info = wordInfoOf(word);
  if (info.firstName || info.lastName || info.person || NAMES_AS_WORDS.has(word.toLowerCase())) return false;
  if (!info.title && !isCommonWord(word.toLowerCase())) return false;
  const before = tokens[c.first - 1]?.text;
  if ((before === '-' || before === '–') && personEndsAt.has(c.first - 1)) return true;
  return before === 'of' && wordInfoOf(tokens[c.first - 2]?.text ?? '').title;
}

/**
 * `candidates` without people of two words or more named only by common words, and without one-word people that
 * are roles by their place (`roleByPlace`).
 */
export function withoutWordPeople(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const personEndsAt = new Set<number>();
  for (const c of candidates) if (c.kind === 'person') personEndsAt.add(c.last);
  return candidates.filter((c) => {
    if (c.kind !== 'person' || c.titled || c.strong) return true;
    if (c.last - c.first === 1) return !roleByPlace(tokens, c, personEndsAt);
    for (let k = c.first; k < c.last; k++) if (!plainWord(tokens[k]!.text)) return true;
    return false;
  });
}
