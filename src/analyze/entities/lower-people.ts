/**
 * People written in lower case, as informal web text and e-mail write them ("i am not going unless marta comes",
 * "tell val i said hi", "priya and jen are looking for you"): the rules and the tagger read capitals, so these were
 * never candidates. In a sentence written without capitals (it opens in lower case, or writes "i" for "I"), a
 * lower-case word that the lexicon knows as a given name and as nothing else, and that is no ordinary word spelt
 * the same ("mark", "bill", "grace", "chase"), is a person, with a surname the lexicon knows after it ("jill
 * allen"). Capitalised text, as news is, never has such a sentence.
 */
import nlp from 'compromise';
import { startsLower } from './letter-case.js';
import { DETERMINERS, NAMES_AS_WORDS } from './lexicon.js';
import { memoByText } from './text-memo.js';
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { wordInfoOf } from './wordinfo.js';

/** Words before a person's name in chat ("tell val", "max and jen", "with priya"). */
// prettier-ignore
const BEFORE_PERSON: ReadonlySet<string> = new Set([
  'and', 'or', 'with', 'tell', 'told', 'ask', 'asked', 'call', 'called', 'text', 'texted', 'email', 'emailed', 'meet',
  'met', 'saw', 'see', 'hi', 'hey', 'thanks', 'love', 'miss', 'missed', 'unless', 'cause', 'because', 'think',
]);

function lowerName(word: string): boolean {
  if (word.length < 3 || !/^\p{Ll}+$/u.test(word) || NAMES_AS_WORDS.has(word)) return false;
  const info = wordInfoOf(word);
  return info.firstName && !info.common && !info.place && !info.org && !info.title;
}

function lowerSurname(word: string): boolean {
  if (word.length < 3 || !/^\p{Ll}+$/u.test(word) || NAMES_AS_WORDS.has(word)) return false;
  const info = wordInfoOf(word);
  return (info.lastName || info.firstName) && !info.common && !info.place;
}

/** The word is part of an e-mail or web address ("julie...@mail.net", "<marta@"). */
function inAddress(text: string, t: Token): boolean {
  return /^\.*@/.test(text.slice(t.end, t.end + 4)) || /[@</.]$/.test(text.slice(Math.max(0, t.start - 1), t.start));
}

/**
 * What stands around the name says person: a verb after it ("lisa promises", "jen are looking"), "and", "or" or a
 * comma after it, or a word of chat before it that takes a person ("tell val", "max and jen", "unless lisa").
 */
function personContext(tokens: readonly Token[], first: number, last: number): boolean {
  if (BEFORE_PERSON.has(tokens[first - 1]?.text.toLowerCase() ?? '')) return true;
  const next = tokens[last]?.text;
  if (!next) return false;
  if (next === 'and' || next === 'or' || next === ',') return true;
  if (!/^\p{Ll}+$/u.test(next)) return false;
  return secondIsVerb(`${tokens[first]!.text} ${next}`);
}

/** compromise reads the second word of the phrase as a verb. */
const secondIsVerb = memoByText((phrase: string): boolean => {
  const terms = nlp(phrase).terms().json() as { terms: { tags: string[] }[] }[];
  return terms[1]?.terms[0]?.tags.includes('Verb') ?? false;
});

/** The sentence of each token (its first token's index), and whether that sentence is written without capitals. */
function informalSentences(tokens: readonly Token[], starts: ReadonlySet<number>): boolean[] {
  const informal = new Array<boolean>(tokens.length).fill(false);
  for (let s = 0; s < tokens.length;) {
    let e = s + 1;
    while (e < tokens.length && !starts.has(e)) e++;
    let first: Token | undefined;
    let i = false;
    for (let k = s; k < e; k++) {
      const t = tokens[k]!;
      if (first === undefined && /^\p{L}/u.test(t.text)) first = t;
      if (t.text === 'i') i = true;
    }
    const lower = (first !== undefined && startsLower(first.text)) || i;
    if (lower) informal.fill(true, s, e);
    s = e;
  }
  return informal;
}

/** `candidates` with the lower-case people of sentences written without capitals added where no candidate lies. */
export function lowerCasePeople(
  text: string,
  tokens: readonly Token[],
  candidates: readonly NameCandidate[],
  starts: ReadonlySet<number>,
): NameCandidate[] {
  // Most texts have no sentence written without capitals: that is found in one pass, before any word is looked up.
  const informal = informalSentences(tokens, starts);
  if (!informal.includes(true)) return [...candidates];
  const taken = new Uint8Array(tokens.length);
  for (const c of candidates) taken.fill(1, c.first, c.last);
  const added: NameCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || !informal[i] || !lowerName(tokens[i]!.text)) continue;
    if (DETERMINERS.has(tokens[i - 1]?.text.toLowerCase() ?? '') || inAddress(text, tokens[i]!)) continue;
    const last = i + 1 < tokens.length && !taken[i + 1] && lowerSurname(tokens[i + 1]!.text) ? i + 2 : i + 1;
    if (!personContext(tokens, i, last)) continue;
    added.push({ first: i, last, kind: 'person', titled: false });
    i = last - 1;
  }
  if (!added.length) return [...candidates];
  return [...candidates, ...added].sort((a, b) => a.first - b.first);
}
