/**
 * A place or an acronym followed by a role or a generic noun is no person: "Accenture -- Leeds Consultant", "said
 * Ana Ruiz, NWTA Executive Director", "the address is for Pune Location". Signature lines and listings print an
 * office's town or a body's acronym before the holder's role, and the tagger read the capitalised words as one
 * name: a person's, a place's or one of no kind. Such a span (not an organization's) whose last words are roles or
 * generic nouns (`ROLE_WORDS`), and whose other words are a place the gazetteer knows as a country, a region or a
 * city of 100,000 or more, or one acronym, is cut before them and becomes that place or organization. Left alone:
 * a given name or a surname the lexicons know before the role ("Whitney Houston"), and titles that also end
 * names ("Washington St", "the Orange Prince", "RTE Player": street, artwork, service).
 */
import { phraseOf, type NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { bestPlace, wordInfoOf } from './wordinfo.js';

/** Roles and generic nouns that listings and signatures print after a town or an acronym. */
// prettier-ignore
const ROLE_WORDS: ReadonlySet<string> = new Set([
  'consultant', 'executive', 'location', 'participants', 'alternates', 'staff', 'representative', 'rep',
  'associate', 'intern', 'trainee', 'engineer', 'specialist', 'coordinator', 'administrator', 'supervisor',
  'director', 'manager', 'officer', 'analyst', 'attorney', 'counsel', 'ceo', 'chairman', 'spokesman',
  'spokeswoman', 'spokesperson',
]);

const ACRONYM = /^\p{Lu}{2,8}$/u;

function isRole(word: string): boolean {
  return ROLE_WORDS.has(word.toLowerCase());
}

/** `candidates` with a place or acronym before a role read as that place or organization. */
export function roleTails(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  return candidates.map((c) => {
    if (c.kind === 'organization' || c.titleFrom !== undefined || c.last - c.first < 2 || c.mentionLast !== undefined)
      return c;
    let last = c.last;
    while (last - c.first >= 2 && isRole(tokens[last - 1]!.text)) last--;
    if (last === c.last) return c;
    if (tokens.slice(c.first, last).some((t) => wordInfoOf(t.text).firstName || wordInfoOf(t.text).lastName)) return c;
    const rest = phraseOf(tokens, c.first, last);
    const place = bestPlace(rest);
    if (last - c.first === 1 && ACRONYM.test(rest) && !place)
      return { ...c, last, kind: 'organization' as const, titled: false, strong: true };
    if (place && (place.kind !== 'city' || place.population >= 100_000))
      return { ...c, last, kind: 'place' as const, titled: false, strong: true };
    return c;
  });
}
