/**
 * A name coordinated with a person is a person: "Mercedes and Dan are very thorough", "Steve, Rod and Elyse",
 * "In fact Peder and I were remarking …", "reintroduced me and Laura". Given names that are also towns somewhere
 * (Mercedes, Elyse) the tagger read as places, and unknown ones it missed. A one-word place that is no country nor
 * strongly a place, joined by "and", "&" or a comma to a given name standing alone (found as a person, or not found
 * at all, as the tagger missed "Dan"), or to "I" or "me", becomes a person; so does an uncovered capitalised word that no lexicon gives an ordinary reading, right before
 * "and I" or after "me and". Places listed with places stay places ("Paris and London"), and so does a place after a
 * preposition of place ("we moved to Kenosha and I loved it", "drove from Kenosha and Tim met us"). A name of no kind
 * in two or three words joined to a person's full name is a person too ("Condoleeza Rice and Donald Rumsfeld"), and
 * so is an unknown word that opens a list of surnames found as people ("Rumsfeld, Wolfowitz and Feith").
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { isCommonWord } from './common-words.js';
import { lexiconTags, wordInfoOf } from './wordinfo.js';

const JOINS: ReadonlySet<string> = new Set(['and', '&', ',']);
const SELF: ReadonlySet<string> = new Set(['I', 'me']);
/** Prepositions of place: after them the name is where, and "and I" begins a new clause ("moved to Kenosha and I …"). */
// prettier-ignore
const PLACE_BEFORE: ReadonlySet<string> = new Set([
  'in', 'to', 'from', 'at', 'near', 'into', 'toward', 'towards', 'via', 'between', 'around', 'outside', 'through',
]);
const WORD = /^\p{Lu}\p{Ll}+$/u;

/** A candidate, marked while this pass runs when it made a place a person. */
type Coordinated = NameCandidate & { coordinated?: boolean };

/** Token `k` is a given name ("Dan") standing alone: a one-word person found there, or a word nothing found. */
function givenName(tokens: readonly Token[], k: number, at: ReadonlyMap<number, Coordinated>): boolean {
  const word = tokens[k]?.text ?? '';
  if (!WORD.test(word)) return false;
  const c = at.get(k);
  // A one-word person made so by this pass's first round ("Rod", a word too, beside "Steve") counts as found.
  if (c?.kind === 'person' && c.last === k + 1 && c.coordinated) return true;
  if (!wordInfoOf(word).firstName || wordInfoOf(word).common) return false;
  return c === undefined ? !WORD.test(tokens[k + 1]?.text ?? '') : c.kind === 'person' && c.last === k + 1;
}

/** Token `k` is one side of a coordination whose other side is a person (a given name, "I", "me"). */
function withPerson(tokens: readonly Token[], k: number, at: ReadonlyMap<number, Coordinated>): boolean {
  const after = tokens[k + 1]?.text.toLowerCase() ?? '';
  if (JOINS.has(after)) {
    if (after !== ',' && SELF.has(tokens[k + 2]?.text ?? '')) return true;
    if (givenName(tokens, k + 2, at)) return true;
  }
  const before = tokens[k - 1]?.text.toLowerCase() ?? '';
  if (JOINS.has(before)) {
    if (before !== ',' && tokens[k - 2]?.text === 'me') return true;
    if (givenName(tokens, k - 2, at)) return true;
  }
  return false;
}

/**
 * Token `k` is an unknown word opening a list of surnames found as people ("Rumsfeld, Wolfowitz and Feith"): a
 * capitalised word no lexicon knows, then a comma, a one-word person, "and" or a comma, and another one-word person.
 */
function surnamesListed(tokens: readonly Token[], k: number, at: ReadonlyMap<number, Coordinated>): boolean {
  const word = tokens[k]!.text;
  if (!WORD.test(word) || lexiconTags(word.toLowerCase()).length || isCommonWord(word.toLowerCase())) return false;
  const one = (c: Coordinated | undefined): boolean => c?.kind === 'person' && c.last - c.first === 1;
  const join = tokens[k + 3]?.text;
  return one(at.get(k + 2)) && (join === 'and' || join === ',') && one(at.get(k + 4));
}

/** A person's full name: two or three words found as a person. */
const fullName = (c: NameCandidate | undefined): boolean =>
  c !== undefined && c.kind === 'person' && c.last - c.first >= 2 && c.last - c.first <= 4;

/**
 * A name of no kind in two or three capitalised words, joined by "and", "or" or "&" to a person's full name on
 * either side ("suing Condoleeza Rice and Donald Rumsfeld"): a person, as the tagger read its partner.
 */
function withFullName(
  tokens: readonly Token[],
  c: NameCandidate,
  at: ReadonlyMap<number, NameCandidate>,
  endingAt: ReadonlyMap<number, NameCandidate>,
): boolean {
  if (c.strong || c.nested || c.mentionLast !== undefined || c.last - c.first < 2 || c.last - c.first > 3) return false;
  if (!tokens.slice(c.first, c.last).every((t) => WORD.test(t.text))) return false;
  const and = (k: number): boolean => ['and', 'or', '&'].includes(tokens[k]?.text ?? '');
  return (and(c.last) && fullName(at.get(c.last + 1))) || (and(c.first - 1) && fullName(endingAt.get(c.first - 1)));
}

/**
 * `candidates` with each name coordinated with a person made (or found as) a person. Two rounds: a place made a
 * person in the first is a person beside the next name in the second ("Steve, Rod and Elyse": "Rod" by "Steve",
 * then "Elyse" by "Rod").
 */
export function coordinatedPeople(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const once = coordinatedRound(tokens, candidates);
  if (!once.some((c) => c.coordinated)) return once;
  return coordinatedRound(tokens, once).map((c) => {
    if (!c.coordinated) return c;
    const { coordinated: _, ...rest } = c;
    return rest;
  });
}

function coordinatedRound(tokens: readonly Token[], candidates: readonly Coordinated[]): Coordinated[] {
  const at = new Map<number, Coordinated>();
  // Tokens inside a mention, by index: a typed array filled by range, not a set of numbers.
  const covered = new Uint8Array(tokens.length);
  for (const c of candidates) {
    at.set(c.first, c);
    covered.fill(1, c.first, c.mentionLast ?? c.last);
  }
  const endingAt = new Map<number, NameCandidate>();
  for (const c of candidates) endingAt.set(c.last, c);
  const out = candidates.map((c) => {
    if (c.kind === 'other' && withFullName(tokens, c, at, endingAt)) return { ...c, kind: 'person' as const };
    if (c.kind !== 'place' || c.last - c.first !== 1 || c.strong || c.nested || c.mentionLast !== undefined) return c;
    if (PLACE_BEFORE.has(tokens[c.first - 1]?.text.toLowerCase() ?? '')) return c; // "moved to Kenosha and I loved it"
    return withPerson(tokens, c.first, at) ? { ...c, kind: 'person' as const, coordinated: true } : c;
  });
  const added: NameCandidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    // "and I" / "me and" first: plain string comparisons that almost every token fails, before the set, the
    // expression and the lower-casing (the tests are pure, so their order changes no result).
    const selfAfter = tokens[k + 1]?.text === 'and' && tokens[k + 2]?.text === 'I';
    const selfBefore = tokens[k - 1]?.text === 'and' && tokens[k - 2]?.text === 'me';
    if (!selfAfter && !selfBefore) {
      // A given name nothing found, opening a list before a person made so here ("Steve, Rod and Elyse"; not
      // "Marx, Karl and Engels, Friedrich", where it follows a comma).
      const next = at.get(k + 2);
      const before = tokens[k - 1]?.text ?? '';
      if (next?.kind !== 'person' || tokens[k + 1]?.text !== ',' || before === ',') continue;
      if (covered[k] === 1 || PLACE_BEFORE.has(before.toLowerCase())) continue;
      if (next.coordinated ? givenName(tokens, k, at) : surnamesListed(tokens, k, at))
        added.push({ first: k, last: k + 1, kind: 'person', titled: false });
      continue;
    }
    const word = tokens[k]!.text;
    if (k === 0 || covered[k] === 1 || !WORD.test(word) || PLACE_BEFORE.has(tokens[k - 1]!.text.toLowerCase()))
      continue;
    const info = wordInfoOf(word);
    if (info.firstName || lexiconTags(word.toLowerCase()).length === 0)
      added.push({ first: k, last: k + 1, kind: 'person', titled: false });
  }
  return added.length ? [...out, ...added].sort((a, b) => a.first - b.first) : out;
}
