/**
 * People named only by common words are no people: capitalised headings, roles and things that the tagger read as
 * names ("Buyer Beware!!", "our Gas Desk", "the Turbine Contract", "Unconfirmed Sources"). A person of two words or
 * more, untitled, each word capitalised and an English word in common use (`common-words.ts`) that neither
 * compromise's lexicon nor `NAMES_AS_WORDS` knows as a name ("Frank Young", "Grace Baker") and that is no title, is
 * left out. A name of one word stays: a surname is often a word ("Baker", "Bush"), and GUM names people by their
 * office alone ("the Secretary"), as the titles keep longer spans ("The Home Secretary").
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

/** `candidates` without people of two words or more named only by common words. */
export function withoutWordPeople(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  return candidates.filter((c) => {
    if (c.kind !== 'person' || c.titled || c.strong || c.last - c.first < 2) return true;
    for (let k = c.first; k < c.last; k++) if (!plainWord(tokens[k]!.text)) return true;
    return false;
  });
}
