/**
 * Frames that only ever hold a person's name: the object of "appointed" or "nominated" ("the council appointed
 * Solon, with a mandate …", "Bush also nominated A. Noel Anketell Kramer for a term"), and a name given to a person
 * ("a guy named W.H.S. Koerner", "this girl called Isabel"). The tagger read such a name as a town the gazetteer
 * knows, or missed an unknown one. The run of capitalised words and initials right after the frame (five at most)
 * is one person, replacing what was found inside it; a name the frame only begins ("appointed Bank of Korea
 * officials"), a run holding a title or opening with an ordinary word ("was appointed Ambassador to France",
 * "appointed Chief Executive Officer", "nominated Best Actor"), and a country or other strong reading stay as they were, and so do pets ("a cat named
 * Biscuit").
 */
import type { NameCandidate } from './rules.js';
import { startsUpper } from './letter-case.js';
import type { Token } from './tokenize.js';
import { wordInfoOf } from './wordinfo.js';

/** Verbs whose capitalised object is a person. */
const PERSON_OBJECT: ReadonlySet<string> = new Set(['appointed', 'nominated']);
/** Nouns for a person before "named" or "called". */
// prettier-ignore
const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'guy', 'girl', 'boy', 'man', 'woman', 'lady', 'gentleman', 'person', 'someone', 'somebody', 'fellow', 'friend',
  'kid', 'student', 'teacher',
]);
const NAMING: ReadonlySet<string> = new Set(['named', 'called']);
/** A capitalised word or initials ("Kramer", "O'Neill", "A.", "W.H.S."). */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}'’-]*\p{Ll}|\p{Lu}\.(?:\p{Lu}\.)*)$/u;
const INITIALS = /^\p{Lu}\.(?:\p{Lu}\.)*$/u;
/** Words after a name that show it goes on as an organization's ("appointed Harbour Bank officials"). */
const NAME_GOES_ON = /^(?:of|&)$/;

/** A word that may be part of a person's name: no title or organization word ("Ambassador", "Officer"). */
function nameLike(word: string): boolean {
  const info = wordInfoOf(word);
  return !info.title && !info.orgSuffix;
}

/** The frame ends right before token `i`. */
function cued(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.text.toLowerCase() ?? '';
  if (PERSON_OBJECT.has(prev)) return true;
  return NAMING.has(prev) && PERSON_NOUNS.has(tokens[i - 2]?.text.toLowerCase() ?? '');
}

/** `candidates` with the name in each person-only frame made one person. */
export function personCues(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  let out = [...candidates];
  for (let i = 1; i < tokens.length; i++) {
    // startsUpper first: NAME_WORD opens with a capital, and the character test spares the expression on most words.
    if (!startsUpper(tokens[i]!.text) || !NAME_WORD.test(tokens[i]!.text) || !cued(tokens, i)) continue;
    let last = i + 1;
    while (last < tokens.length && last - i < 5 && NAME_WORD.test(tokens[last]!.text)) last++;
    if (!/\p{Ll}/u.test(tokens[last - 1]!.text)) continue; // initials alone name no one here
    const opener = tokens[i]!.text;
    if ((!INITIALS.test(opener) && wordInfoOf(opener).common) || tokens.slice(i, last).some((t) => !nameLike(t.text)))
      continue;
    if (NAME_GOES_ON.test(tokens[last]?.text ?? '')) continue;
    const inside = out.filter((c) => c.first < last && c.last > i);
    if (inside.some((c) => c.first < i || c.last > last || (c.strong && c.kind !== 'person'))) continue;
    const person: NameCandidate = { first: i, last, kind: 'person', titled: false };
    out = [...out.filter((c) => !inside.includes(c)), person].sort((a, b) => a.first - b.first);
  }
  return out;
}
