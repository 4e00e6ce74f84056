/**
 * A US town and its state written side by side without a comma, as web text writes them ("what to do in Fresno
 * Ca?", "Miramar California is north of San Diego", "moved from Austin TX"): the tagger read the pair as one name,
 * a place or even a person. Two places are named, the town and the state (UNER marks them apart, as after a comma,
 * `state-codes.ts`). A name splits when its last one or two words name a US state (its name, or its postal code
 * printed in capitals or inside the name found) and the words before name a US town the gazetteer knows, while the
 * whole is no place of its own ("Kansas City" and "West Virginia" stay whole).
 */
import { gazetteer } from '../gazetteer/gazetteer.js';
import { phraseOf, type NameCandidate } from './rules.js';
import { STATE_CODES } from './state-codes.js';
import type { Token } from './tokenize.js';
import { wordInfoOf } from './wordinfo.js';

/** The words from `first` to `last` name a US state: a region of the gazetteer in the US, or a postal code. */
function isUsState(tokens: readonly Token[], first: number, last: number): boolean {
  if (last - first === 1 && STATE_CODES.has(tokens[first]!.text.toUpperCase()) && /^\p{Lu}/u.test(tokens[first]!.text))
    return true;
  const phrase = phraseOf(tokens, first, last);
  return gazetteer()
    .lookup(phrase)
    .some((p) => p.kind === 'region' && p.countryCode === 'US');
}

const isUsTown = (phrase: string): boolean =>
  gazetteer()
    .lookup(phrase)
    .some((p) => p.kind === 'city' && p.countryCode === 'US');

/** Where a name of a town and a state splits (the state's first token), or -1. */
function stateStart(tokens: readonly Token[], c: NameCandidate): number {
  if (c.last - c.first < 2 || gazetteer().lookup(phraseOf(tokens, c.first, c.last)).length) return -1;
  for (const n of [2, 1]) {
    const at = c.last - n;
    if (at <= c.first || tokens[at]!.start - tokens[at - 1]!.end !== 1) continue; // one space, no comma
    if (isUsState(tokens, at, c.last) && isUsTown(phraseOf(tokens, c.first, at))) return at;
  }
  return -1;
}

/** `candidates` with each "Town State" name split into two places. */
export function townStates(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const split: NameCandidate[] = [];
  const out = candidates.flatMap((c) => {
    if (c.nested || c.office || c.mentionLast !== undefined || c.titled) return [c];
    if (wordInfoOf(tokens[c.first]!.text).person) return [c]; // "George Washington", "Laura Nevada" are people
    const at = stateStart(tokens, c);
    if (at < 0) return [c];
    split.push(c);
    const place = { kind: 'place' as const, titled: false, strong: true };
    return [
      { first: c.first, last: at, ...place },
      { first: at, last: c.last, ...place },
    ];
  });
  // The places nested in a name split here are now names of their own ("Paris" and "Texas" in "Paris Texas").
  return split.length
    ? out.filter((c) => !c.nested || !split.some((s) => c.first >= s.first && c.last <= s.last))
    : out;
}
