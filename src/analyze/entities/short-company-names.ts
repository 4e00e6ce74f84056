/**
 * A company named in full once is then called by its first word: "Harvane Broadband Services, Inc." … "the access
 * to Harvane was cut", "the Quillix Foundation" … "the Quillix project". Alone, such a word is unknown to every
 * lexicon, and the tagger read it as a person before "'s" or a name of no kind. A one-word name of either reading
 * that is the first word of an organization's longer name in the same text, and that neither the English lexicon
 * nor the gazetteer knows (`unknownCapitalisedWord`), or an acronym that opens it, is that organization; so is
 * the same word found nowhere else, standing alone between words in lower case ("I spoke to Bruce at Harvane", not
 * "State Department" after "Department of State" nor "My Linguistic Autobiography" after a "Linguistic Society").
 * Known words keep their own reading ("Washington" after "Washington Post", "Ford" after "Ford Motor Company"), and
 * so does a word the text also gives a person's name ("Lena Vadik founded Vadik Holdings. Vadik said …").
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { lexiconTags, unknownCapitalisedWord } from './wordinfo.js';

const ACRONYM = /^\p{Lu}{2,6}$/u;
const CAPITAL = /^\p{Lu}/u;
/**
 * Readings a company's short name takes over. Not a place: a place can open the name of a body seated there
 * ("Hapupu National Historic Reserve" … "Hapupu is a special place", GUM train, changed at the first try).
 */
const SHORTENED: ReadonlySet<NameCandidate['kind']> = new Set(['person', 'other']);

/** A word that may stand for a whole company: unknown to the lexicons, or an acronym they do not know. */
function distinctive(word: string): boolean {
  return unknownCapitalisedWord(word) || (ACRONYM.test(word) && lexiconTags(word.toLowerCase()).length === 0);
}

/** `candidates` with each one-word name that opens an organization's longer name made, or found as, that organization. */
export function shortCompanyNames(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const openers = new Set<string>();
  for (const c of candidates)
    if (c.kind === 'organization' && !c.nested && c.last - c.first >= 2) {
      const word = tokens[c.first]!.text;
      if (distinctive(word)) openers.add(word);
    }
  // A word the text also gives a person ("Lena Vadik founded Vadik Holdings. Vadik said …") stays theirs.
  for (const c of candidates)
    if (c.kind === 'person' && c.last - c.first >= 2)
      for (let k = c.first; k < c.last; k++) openers.delete(tokens[k]!.text);
  if (!openers.size) return [...candidates];
  const out = candidates.map((c) =>
    c.last - c.first === 1 && SHORTENED.has(c.kind) && !c.nested && !c.titled && openers.has(tokens[c.first]!.text)
      ? { ...c, kind: 'organization' as const, strong: true }
      : c,
  );
  const covered = new Set<number>();
  for (const c of out) for (let k = c.first; k < (c.mentionLast ?? c.last); k++) covered.add(k);
  const added: NameCandidate[] = [];
  for (let k = 0; k < tokens.length; k++)
    if (
      !covered.has(k) &&
      openers.has(tokens[k]!.text) &&
      !CAPITAL.test(tokens[k - 1]?.text ?? '') &&
      !CAPITAL.test(tokens[k + 1]?.text ?? '')
    )
      added.push({ first: k, last: k + 1, kind: 'organization', titled: false, strong: true });
  return added.length ? [...out, ...added].sort((a, b) => a.first - b.first) : out;
}
