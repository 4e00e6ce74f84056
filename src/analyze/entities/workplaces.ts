/**
 * Workplaces read as places: "my last day in the office at Azurix", "five years at Kestrova". After "at" the tagger
 * takes a name for a place, but a one-word name that neither the gazetteer knows as a place nor the English lexicon
 * as a word, said of someone's work (a word of work, a job or a stretch of time in the few words before "at"), is
 * the company someone works at. Such a place, standing alone (no locator, no strong evidence, not inside a longer
 * name), is an organization, with every mention of the same word in the text (the names propagated from it are one
 * entity). So is such a name of no kind after "works for" ("works for Azurix"). Without the work word it stays a
 * place ("born at Stridon", "the community at Tabennese"); an acronym stays as it is ("at JFK" is an airport).
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { unknownCapitalisedWord } from './wordinfo.js';

/** Words of someone's work, up to four words before "at". */
// prettier-ignore
const WORK: ReadonlySet<string> = new Set([
  'work', 'works', 'worked', 'working', 'job', 'jobs', 'employed', 'employee', 'employees', 'staff', 'career',
  'office', 'intern', 'internship', 'position', 'role', 'colleague', 'colleagues', 'coworkers', 'hired', 'joined',
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'analyst', 'manager', 'director', 'executive',
  'engineer', 'consultant', 'president', 'ceo', 'cfo', 'chief', 'head', 'teach', 'teaches', 'taught', 'teaching',
  'professor', 'student', 'studied', 'studies', 'studying', 'someone', 'somebody', 'anyone', 'anybody',
]);
/** Verbs whose "for" names an employer ("works for Azurix"). */
const WORK_FOR: ReadonlySet<string> = new Set(['work', 'works', 'worked', 'working']);
const CLAUSE_END = /^[.!?;:]$/u;

function saidOfWork(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const word = tokens[k]!.text;
    if (CLAUSE_END.test(word)) return false;
    if (WORK.has(word.toLowerCase())) return true;
  }
  return false;
}

/** Someone's work at the name at token `i`: "years at Azurix", or "works for Azurix". */
function workplaceBefore(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.text.toLowerCase();
  if (prev === 'at') return saidOfWork(tokens, i - 1);
  return prev === 'for' && WORK_FOR.has(tokens[i - 2]?.text.toLowerCase() ?? '');
}

/** `candidates` with lone unknown one-word places (or names of no kind) at someone's work made organizations. */
export function workplaces(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const orgs = new Set<string>();
  for (const c of candidates) {
    if (c.kind !== 'place' && c.kind !== 'other') continue;
    if (c.strong || c.nested || c.office || c.mentionLast !== undefined || c.last - c.first !== 1) continue;
    const word = tokens[c.first]!.text;
    if (unknownCapitalisedWord(word) && workplaceBefore(tokens, c.first)) orgs.add(word);
  }
  if (!orgs.size) return [...candidates];
  // A word the text also uses for a place with evidence ("in Azurix, Texas") stays a place.
  for (const c of candidates)
    if (c.kind === 'place' && (c.strong || c.mentionLast !== undefined) && c.last - c.first === 1)
      orgs.delete(tokens[c.first]!.text);
  return candidates.map((c) =>
    (c.kind === 'place' || c.kind === 'other') && c.last - c.first === 1 && orgs.has(tokens[c.first]!.text)
      ? { ...c, kind: 'organization' }
      : c,
  );
}
