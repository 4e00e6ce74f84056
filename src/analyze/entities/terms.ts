/**
 * Abbreviated terms: an acronym a text defines in brackets after lower-case words whose initials spell it ("sea
 * surface salinity (SSS)", "a segmented compact light-emitting diode (SCLED)") names a concept, not an
 * organization, wherever it recurs in that text ("SSS", "SSSs"). Papers and reports define dozens; read as names
 * they were a tenth of the tagger's false organizations in GUM's academic texts (cross-validation). An acronym
 * defined after capitalised words ("World Health Organization (WHO)") is left to the tagger.
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';

const ACRONYM = /^\p{Lu}{2,6}$/u;
const LOWER = /^\p{Ll}/u;

/** The acronyms `tokens` define after lower-case words. */
export function definedTerms(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i - 1]!.text !== '(' || tokens[i + 1]!.text !== ')') continue;
    const acronym = tokens[i]!.text.replace(/s$/, '');
    if (ACRONYM.test(acronym) && spelledBefore(tokens, i - 1, acronym)) out.add(acronym);
  }
  return out;
}

/** The lower-case words before tokens[end] spell `acronym` by their initials (a hyphenated word gives each part's). */
function spelledBefore(tokens: readonly Token[], end: number, acronym: string): boolean {
  let letters = '';
  for (let k = end - 1; k >= 0 && letters.length < acronym.length; k--) {
    const word = tokens[k]!.text;
    if (!LOWER.test(word)) return false;
    letters =
      word
        .split('-')
        .map((part) => part[0] ?? '')
        .join('')
        .toUpperCase() + letters;
  }
  return letters === acronym;
}

/** `candidates` without the mentions of an acronym the text defines as a term (`definedTerms`). */
export function withoutTerms(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const terms = definedTerms(tokens);
  if (!terms.size) return [...candidates];
  return candidates.filter((c) => c.last - c.first !== 1 || !terms.has(tokens[c.first]!.text.replace(/s$/, '')));
}
