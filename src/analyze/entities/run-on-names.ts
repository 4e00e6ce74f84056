/**
 * People's names run together with what follows them, as e-mail signatures, headers and lists print them once the
 * line breaks are lost: "Traci Traci Warner" (a sign-off, then the signature), "Mike Michael J. McDermott",
 * "Marlene D. Hilliard Ginny, Please see …" (a signature, then the next message's greeting), "Kevin A. Boone
 * Accenture", "Debra Perlingiere Revised Article 4.6". The tagger read each run as one person. A name is cut:
 *   - after a given name said twice ("Traci" | "Traci Warner");
 *   - around a given name, middle initial and surname ("Mike" | "Michael J. McDermott" | "Ginny"): what stands before
 *     it is a person of its own when it opens with a given name, what follows is a person when it is a given name,
 *     else no name ("Accenture", whose kind nothing tells here); a suffix (Jr., III) stays in the name;
 *   - into pairs, when four words or more, an even number, each pair opening with a given name, list people ("Tom
 *     Martin Scott Neal Phillip Allen", an attendee list);
 *   - before an ordinary word from the third word on, once a given name opens the name ("Debra Perlingiere" |
 *     "Revised Article"): no surname of a person's first two is needed to tell it, and the rest is no name;
 *   - around a person's full name that the text gives alone elsewhere, twice or more ("Debra Perlingiere" in "U.S.
 *     Debra Perlingiere" and "Debra Perlingiere Revised Article"): what stands before or after it is a place when
 *     the gazetteer knows it as a country or region, else no name. Organizations are left whole ("the Debra
 *     Perlingiere Foundation").
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { phraseOf } from './rules.js';
import { bestPlace, wordInfoOf } from './wordinfo.js';

const INITIAL = /^\p{Lu}\.$/u;
/** A capitalised word, inner capitals allowed ("McDermott", "O'Neal", "Smith-Jones"). */
const CAPITALISED = /^\p{Lu}(?:\p{Ll}|['’-]?\p{Lu}\p{Ll})+$/u;
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

const given = (t: Token | undefined): boolean =>
  t !== undefined && CAPITALISED.test(t.text) && wordInfoOf(t.text).firstName;

/** An ordinary word that no lexicon knows as a given name or surname ("Revised", "Consultant"). */
function ordinary(t: Token): boolean {
  const info = wordInfoOf(t.text);
  return CAPITALISED.test(t.text) && info.common && !info.firstName && !info.lastName && !info.title;
}

/** Four capitalised words or more, an even number, every other one from the first a given name, none a title. */
function pairedNames(tokens: readonly Token[], c: NameCandidate): boolean {
  const n = c.last - c.first;
  if (n < 4 || n % 2 || c.titled) return false;
  for (let k = c.first; k < c.last; k++) {
    const t = tokens[k]!;
    if (!CAPITALISED.test(t.text) || wordInfoOf(t.text).title) return false;
    if ((k - c.first) % 2 === 0 && !given(t)) return false;
  }
  return true;
}

function split(tokens: readonly Token[], c: NameCandidate): NameCandidate[] {
  const person = (first: number, last: number): NameCandidate => ({ first, last, kind: 'person', titled: false });
  const { first, last } = c;
  // "Traci Traci Warner": a sign-off given name, then the full name.
  if (last - first >= 3 && given(tokens[first]) && tokens[first]!.text === tokens[first + 1]!.text)
    return [person(first, first + 1), ...split(tokens, { ...c, first: first + 1 })];
  // "Mike Michael J. McDermott", "Marlene D. Hilliard Ginny".
  for (let m = first + 1; m < last - 1; m++) {
    if (!INITIAL.test(tokens[m]!.text) || !given(tokens[m - 1]) || !CAPITALISED.test(tokens[m + 1]!.text)) continue;
    if (m - 1 === first && m + 2 === last) break;
    let end = m + 2;
    if (end < last && SUFFIX.test(tokens[end]!.text)) end++;
    const out: NameCandidate[] = [];
    if (m - 1 > first && given(tokens[first])) out.push(person(first, m - 1));
    out.push({ ...c, first: m - 1, last: end });
    if (end < last && given(tokens[end])) out.push(person(end, Math.min(last, end + 2)));
    return out;
  }
  // "Tom Martin Scott Neal Phillip Allen": a list of names, two words each, each opening with a given name.
  if (pairedNames(tokens, c)) {
    const out: NameCandidate[] = [];
    for (let k = first; k < last; k += 2) out.push(person(k, k + 2));
    return out;
  }
  // "Debra Perlingiere Revised Article": an ordinary word from the third word on ends the name.
  if (given(tokens[first]) && !c.titled)
    for (let k = first + 2; k < last; k++) if (ordinary(tokens[k]!)) return [{ ...c, last: k }];
  return [c];
}

/** The full names of people (two words or more) that stand alone as candidates twice or more, by their words. */
function knownPeople(tokens: readonly Token[], candidates: readonly NameCandidate[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const c of candidates)
    if (c.kind === 'person' && c.last - c.first >= 2) {
      const key = phraseOf(tokens, c.first, c.last);
      count.set(key, (count.get(key) ?? 0) + 1);
    }
  for (const [k, n] of count) if (n < 2) count.delete(k);
  return count;
}

/** A person or place candidate holding a known person's full name and more, cut around the name. */
function aroundKnown(tokens: readonly Token[], c: NameCandidate, known: ReadonlyMap<string, number>): NameCandidate[] {
  if (c.kind !== 'person' && c.kind !== 'place') return [c];
  for (let a = c.first; a < c.last - 1; a++)
    for (let b = c.last; b >= a + 2; b--) {
      if (b - a === c.last - c.first || !known.has(phraseOf(tokens, a, b))) continue;
      const rest = (first: number, last: number): NameCandidate[] => {
        if (first >= last) return [];
        const place = bestPlace(phraseOf(tokens, first, last));
        return place && place.kind !== 'city' ? [{ first, last, kind: 'place', titled: false, strong: true }] : [];
      };
      let end = b;
      if (end < c.last && SUFFIX.test(tokens[end]!.text)) end++; // "Shah Abbas II"
      return [...rest(c.first, a), { first: a, last: end, kind: 'person', titled: false }, ...rest(end, c.last)];
    }
  return [c];
}

/** `candidates` with people's names run on into other names or words cut apart. */
export function runOnNames(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const known = knownPeople(tokens, candidates);
  return candidates
    .flatMap((c) => (known.size && c.last - c.first >= 3 ? aroundKnown(tokens, c, known) : [c]))
    .flatMap((c) => (c.kind === 'person' && c.last - c.first >= 3 ? split(tokens, c) : [c]));
}
