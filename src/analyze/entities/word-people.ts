/**
 * People named only by common words are no people: capitalised headings, roles and things that the tagger read as
 * names ("Buyer Beware!!", "our Gas Desk", "the Turbine Contract", "Unconfirmed Sources"). A person of two words or
 * more, untitled, each word capitalised and an English word in common use (`common-words.ts`) that neither
 * compromise's lexicon nor `NAMES_AS_WORDS` knows as a name ("Frank Young", "Grace Baker") and that is no title, is
 * left out. A name of one word stays: a surname is often a word ("Baker", "Bush"), and GUM names people by their
 * office alone ("the Secretary"), as the titles keep longer spans ("The Home Secretary"), unless its place makes it a
 * role: after a person's name and a dash, or after an office and "of" (`roleByPlace`). A person, titled or not, that
 * opens with the head word of a body or a site followed by plain words only ("Analyst Team 2", "Team Participants",
 * "Major League Baseball", "the Israeli Defense Forces") names a group, no one (`headWordsOnly`).
 */
import { isCommonWord } from './common-words.js';
import { NAMES_AS_WORDS } from './lexicon.js';
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { wordInfoOf } from './wordinfo.js';

const CAPITALISED = /^\p{Lu}\p{L}*$/u;
/** Forms of address, after which one word is a surname whatever it means ("Mr. Church", "Dr. Post"). */
const ADDRESS = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Madam)\.?$/;

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
 * A person opening with the head word of a body or a place, with only plain words after it ("Analyst Team 1",
 * "Team Participants", "Forces"): a title before it made it a name, but it names a group or a site.
 */
function headWordsOnly(tokens: readonly Token[], c: NameCandidate): boolean {
  const word = tokens[c.first]!.text;
  if (!CAPITALISED.test(word)) return false;
  const info = wordInfoOf(word);
  if (!(info.orgSuffix || info.placeSuffix) || info.firstName || info.lastName || info.person) return false;
  if (NAMES_AS_WORDS.has(word.toLowerCase())) return false;
  // One word alone: a body's head only, and not after a form of address ("Sergeant Park", "Mr. Church").
  if (c.last - c.first === 1 && (!info.orgSuffix || ADDRESS.test(tokens[c.first - 1]?.text ?? ''))) return false;
  for (let k = c.first + 1; k < c.last; k++) if (!plainWord(tokens[k]!.text)) return false;
  return true;
}

/**
 * `candidates` without people of two words or more named only by common words, and without one-word people that
 * are roles by their place (`roleByPlace`).
 */
export function withoutWordPeople(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const personEndsAt = new Set<number>();
  for (const c of candidates) if (c.kind === 'person') personEndsAt.add(c.last);
  return candidates.filter((c) => {
    if (c.kind === 'person' && headWordsOnly(tokens, c)) return false;
    if (c.kind !== 'person' || c.titled || c.strong) return true;
    if (c.last - c.first === 1) return !roleByPlace(tokens, c, personEndsAt);
    for (let k = c.first; k < c.last; k++) if (!plainWord(tokens[k]!.text)) return true;
    return false;
  });
}
