/**
 * Names in greetings and sign-offs: e-mail, forum posts and reviews open and close with a person's name after a
 * courtesy ("Hi Tomas,", "Good morning Priya -", "Thanks Josh!", "Thanks from Marta", "Kind regards, Ruth Okafor",
 * "Posted by dana"). With no sentence around it, the tagger has nothing to go on and left most of them out. A word
 * or two right after such a courtesy, capitalised (or a lower-case given name the lexicon knows), that no lexicon
 * knows as an ordinary word, a place or an organization, and that ends there (the text, a line, a sentence or a
 * clause ends, or a number follows), is a person; so is a given name a message opens with, addressed ("Jeff! Please
 * find attached …").
 */
import { wordsAt, type NameCandidate } from './rules.js';
import { memoByText } from './text-memo.js';
import type { Token } from './tokenize.js';
import { bestPlace, lexiconTags, wordInfoOf } from './wordinfo.js';
import { isCommonWord } from './common-words.js';
import { NAMES_AS_WORDS } from './lexicon.js';

/** Courtesies that end with the name after them, lower-cased and space-joined ("best regards", "posted by"). */
// prettier-ignore
const COURTESIES: readonly string[][] = [
  'hi', 'hello', 'hey', 'dear', 'good morning', 'good afternoon', 'good evening', 'morning',
  'thanks', 'thank you', 'thx', 'many thanks', 'thanks again', 'cheers', 'regards', 'best regards', 'kind regards',
  'kindest regards', 'warm regards', 'warmest regards', 'best wishes', 'sincerely', 'yours truly', 'love',
  'posted by', 'written by', 'submitted by', 'signed', 'by',
].map((c) => c.split(' '));

/** The courtesies by their last word, in the order above: a token is compared only with those it could end. */
const BY_LAST_WORD = new Map<string, string[][]>();
for (const words of COURTESIES) {
  const last = words[words.length - 1]!;
  BY_LAST_WORD.set(last, [...(BY_LAST_WORD.get(last) ?? []), words]);
}

/** `BY_LAST_WORD` of the word lower-cased, kept by the word as printed: it is asked for every token. */
const endingsMemo = memoByText(
  (word: string): string[][] | null => BY_LAST_WORD.get(word.toLowerCase()) ?? null,
  50_000,
);

/** The first letters (bit n for 'a' + n) and the greatest length of `BY_LAST_WORD`'s words. */
let LAST_FIRSTS = 0;
let LAST_LONGEST = 0;
for (const last of BY_LAST_WORD.keys()) {
  LAST_FIRSTS |= 1 << (last.charCodeAt(0) - 97);
  LAST_LONGEST = Math.max(LAST_LONGEST, last.length);
}

/**
 * `endingsMemo`, answering null at once for a word no courtesy can end with: most tokens, and a memo hit is a hash
 * lookup a token. Lower-casing never shortens a word, and an ASCII character lower-cases to one ASCII character,
 * so a longer word or one whose first character is ASCII and not such a letter in either case is no key.
 */
function endingsOf(word: string): string[][] | null {
  if (word.length > LAST_LONGEST) return null;
  const c = word.charCodeAt(0);
  if (c < 128) {
    const letter = (c | 32) - 97; // 'A'-'Z' and 'a'-'z' to 0-25, nothing else
    if (letter < 0 || letter > 25 || !(LAST_FIRSTS & (1 << letter))) return null;
    // A word of lower-case ASCII letters is its own lower case: the table of twenty words answers it, where the
    // memo's large table cost a cache miss a token.
    if (lowerAscii(word)) return BY_LAST_WORD.get(word) ?? null;
  }
  return endingsMemo(word);
}

/** Every character of `word` is an ASCII letter a-z. */
function lowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Closings after which "from" may stand before the name ("Thanks from Marta"). */
const FROM_AFTER: ReadonlySet<string> = new Set(['thanks', 'regards', 'wishes', 'love', 'cheers']);

/** Words that greet or thank a group, which the lexicon does not list ("Hello World", "Thanks Folks"). */
// prettier-ignore
const GROUPS: ReadonlySet<string> = new Set([
  'world', 'folks', 'all', 'everyone', 'everybody', 'guys', 'team', 'friends', 'colleagues', 'sir', 'madam', 'god',
]);

/** A word that may be part of a person's name here. */
function nameWord(word: string, first: boolean): boolean {
  const info = wordInfoOf(word);
  if (GROUPS.has(word.toLowerCase())) return false;
  if (info.place || info.org || info.outlet || info.demonym || info.title) return false;
  // A given name that is a word too stays one here ("Thanks From Bill").
  if (/^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(word))
    return (!info.common || NAMES_AS_WORDS.has(word.toLowerCase())) && (info.person || !bestPlace(word));
  // A lower-case first name ("posted by dana") when the lexicon knows it as a given name and as nothing else.
  return first && /^\p{Ll}+$/u.test(word) && info.firstName && !info.common;
}

/**
 * Where the courtesy ending at token `end - 1` starts, or -1. It opens its sentence or line, or is capitalised (a
 * greeting after an e-mail header's time, "10:13 AM Good Morning Debra"); "by" only where a line or sentence starts.
 */
function courtesyStart(text: string, tokens: readonly Token[], end: number): number {
  const ending = end > 0 ? endingsOf(tokens[end - 1]!.text) : null;
  if (!ending) return -1;
  for (const words of ending) {
    const start = end - words.length;
    if (start < 0 || !wordsAt(tokens, start, words)) continue;
    const before = start > 0 ? tokens[start - 1] : undefined;
    if (!before || /^[.!?:;"“”(—–-]$/.test(before.text) || text.slice(before.end, tokens[start]!.start).includes('\n'))
      return start;
    if (words[0] !== 'by' && /^\p{Lu}/u.test(tokens[start]!.text)) return start;
  }
  return -1;
}

/** The name ends at token `at`: the text, a line, a sentence or a clause ends, or a number follows. */
function endsThere(text: string, tokens: readonly Token[], at: number): boolean {
  if (at >= tokens.length) return true;
  const next = tokens[at]!;
  if (text.slice(tokens[at - 1]!.end, next.start).includes('\n')) return true;
  return /^(?:[.,!?;:)\-–—]|\d[\d.,-]*)$/.test(next.text);
}

/** Words that open a message after the name it is addressed to ("Jeff! Please find …", "Steve, Just wanted …"). */
// prettier-ignore
const OPENERS: ReadonlySet<string> = new Set([
  'please', 'thanks', 'thank', 'just', 'attached', 'here', 'hope', 'how', 'can', 'could', 'would', 'what', 'i', 'we',
  'let', 'see', 'sorry', 'good', 'congratulations',
]);

/**
 * A given name the lexicon knows, and knows as nothing else, or a word no lexicon, gazetteer or word list knows
 * ("Ginny", "Malach"): an ordinary word opens a message as well ("Folks, Please …", "Guys, Thanks …").
 */
function givenName(word: string): boolean {
  const info = wordInfoOf(word);
  if (info.firstName) return !info.common && !info.place && !info.org;
  return lexiconTags(word.toLowerCase()).length === 0 && !bestPlace(word) && !isCommonWord(word.toLowerCase());
}

/**
 * A message opening with the name of the one it is written to: "Jeff! Please find attached …", "Steve, Just wanted to
 * confirm …" at the start of a line or sentence (or after an e-mail header's "AM"/"PM"), a given name the lexicon
 * knows (and knows as nothing else) or a word nothing knows (`givenName`), then a comma or "!", then a capitalised
 * word that opens a message.
 */
function addressed(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (i + 2 >= tokens.length) return false; // bounds checked before indexing: reads past the end de-optimise
  const mark = tokens[i + 1]!.text;
  if ((mark !== ',' && mark !== '!') || !OPENERS.has(tokens[i + 2]!.text.toLowerCase())) return false;
  if (!/^\p{Lu}/u.test(tokens[i + 2]!.text) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  if (!givenName(t.text)) return false;
  const before = i > 0 ? tokens[i - 1] : undefined;
  return (
    !before ||
    /^[.!?:;"“”)]$/.test(before.text) ||
    /^(?:AM|PM)$/.test(before.text) ||
    text.slice(before.end, t.start).includes('\n')
  );
}

/** `candidates` with the people named after a greeting or a sign-off added where no candidate covers them. */
export function signOffNames(
  text: string,
  tokens: readonly Token[],
  candidates: readonly NameCandidate[],
): NameCandidate[] {
  const covered = new Uint8Array(tokens.length);
  for (const c of candidates) covered.fill(1, c.first, c.last);
  const added: NameCandidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    let first = i;
    if (tokens[i]!.text === ',') first = i + 1;
    if (first >= tokens.length || covered[first]) continue;
    let start = courtesyStart(text, tokens, i);
    // "Thanks from Marta": "from" between the closing and the name (the length first: no regex on every word).
    const prev = tokens[i - 1]!.text;
    const from = i === first && prev.length === 4 && /^from$/i.test(prev);
    if (from && i >= 2 && FROM_AFTER.has(tokens[i - 2]!.text.toLowerCase())) start = courtesyStart(text, tokens, i - 1);
    if (start < 0) continue;
    let last = first;
    while (last < tokens.length && last - first < 3 && !covered[last] && nameWord(tokens[last]!.text, last === first))
      last++;
    if (last === first || !endsThere(text, tokens, last)) continue;
    added.push({ first, last, kind: 'person', titled: false });
    covered.fill(1, first, last);
    i = last - 1;
  }
  for (let i = 0; i < tokens.length; i++)
    if (!covered[i] && addressed(text, tokens, i)) {
      added.push({ first: i, last: i + 1, kind: 'person', titled: false });
      covered[i] = 1;
    }
  if (!added.length) return [...candidates];
  return [...candidates, ...added].sort((a, b) => a.first - b.first);
}
