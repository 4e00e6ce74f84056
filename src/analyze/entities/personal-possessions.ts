/**
 * A name whose possessive owns what only a person has is a person: "Cloaking himself in Yasser Arafat's legacy",
 * "get Sungjoo's resume", "Ondine's husband". The tagger found such names but, their words unknown, left them of no
 * kind. A name of no kind right before "'s" and a word of `PERSONAL` (kin, a life's events and papers) is a person,
 * with every mention of the same words. Names of a known kind keep it ("Boston's mayor", "Apple's founder" own
 * people too).
 */
import { phraseOf, type NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';

/** Nouns for what a person alone has: kin, a life, its papers. */
// prettier-ignore
const PERSONAL: ReadonlySet<string> = new Set([
  'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'mom', 'dad', 'brother', 'sister', 'parents', 'children',
  'kids', 'boyfriend', 'girlfriend', 'fiancé', 'fiancée', 'fiance', 'fiancee', 'widow', 'widower', 'grandson',
  'granddaughter', 'family', 'birthday', 'funeral', 'death', 'legacy', 'memoir', 'memoirs', 'biography', 'resume',
  'résumé', 'cv', 'career', 'childhood', 'wedding',
]);
const POSSESSIVE = /^['’]s$/u;

/** The possessive "'s" (one token, or "'" then "s") after token `last - 1`, then a personal noun. */
function ownsPersonal(tokens: readonly Token[], last: number): boolean {
  const t = tokens[last];
  if (!t) return false;
  let next = last + 1;
  if (!POSSESSIVE.test(t.text)) {
    if (!/^['’]$/u.test(t.text) || tokens[last + 1]?.text !== 's') return false;
    next = last + 2;
  }
  return PERSONAL.has(tokens[next]?.text.toLowerCase() ?? '');
}

/** `candidates` with each name of no kind that owns a personal noun, and its recurrences, made a person. */
export function personalPossessions(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const people = new Set<string>();
  for (const c of candidates)
    if (c.kind === 'other' && !c.nested && ownsPersonal(tokens, c.last)) people.add(phraseOf(tokens, c.first, c.last));
  if (!people.size) return [...candidates];
  return candidates.map((c) =>
    c.kind === 'other' && !c.nested && people.has(phraseOf(tokens, c.first, c.last)) ? { ...c, kind: 'person' } : c,
  );
}
