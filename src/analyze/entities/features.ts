/**
 * Token features for the name tagger: the word and its neighbours, shape, affixes, what the lexicons and the
 * gazetteer know, and the rule-based reading (`rules.ts`) stacked in as evidence. Features are strings
 * ("w=putin", "rule=B-person"); the tagger weighs them. Previous-tag features are added while decoding.
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { bestPlace, wordInfo } from './wordinfo.js';

/** "Choe" → "Xx", "Son-hui" → "Xx-x", "KCNA" → "X", "COVID-19" → "X-d", "U.S." → "X.X.". */
export function shape(word: string): string {
  return word
    .replace(/\p{Lu}+/gu, 'X')
    .replace(/\p{Ll}+/gu, 'x')
    .replace(/\p{N}+/gu, 'd');
}

function placeBucket(word: string): string {
  const p = bestPlace(word);
  if (!p) return 'none';
  if (p.kind !== 'city') return p.kind;
  return p.population >= 1e6 ? 'city6' : p.population >= 1e5 ? 'city5' : p.population >= 1e4 ? 'city4' : 'city3';
}

/** Words whose neighbours say what a capitalised word is, wherever in the document it occurs. */
// prettier-ignore
const CUES: ReadonlySet<string> = new Set([
  'in', 'at', 'to', 'from', 'near', 'of', 'on', 'by', 'with', 'the', 'said', 'says', 'told', 'asked', 'who',
  'which', 'where', "'s", 'mr', 'mrs', 'ms', 'dr', 'island', 'city', 'town', 'river', 'province', 'university',
  'he', 'she', 'it', 'they', 'and', ',', '(', 'has', 'was', 'is', 'wrote', 'visited', 'born', 'company',
]);

/**
 * Context aggregated over every occurrence of a capitalised word in the document (after Ratinov and Roth 2009,
 * "context aggregation"): "Coron" seen after "in" anywhere is a place everywhere.
 */
function documentContext(
  tokens: readonly Token[],
  lower: readonly string[],
  starts: ReadonlySet<number>,
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  tokens.forEach((t, i) => {
    if (!/^\p{Lu}/u.test(t.text)) return;
    let cues = out.get(t.text);
    if (!cues) out.set(t.text, (cues = new Set()));
    const before = lower[i - 1];
    const after = lower[i + 1];
    if (before !== undefined && !starts.has(i) && CUES.has(before)) cues.add(`doc-1=${before}`);
    if (after !== undefined && CUES.has(after)) cues.add(`doc+1=${after}`);
    if (before !== undefined && /^\p{Lu}/u.test(tokens[i - 1]!.text) && !starts.has(i - 1)) cues.add('docCapBefore');
    if (after !== undefined && /^\p{Lu}/u.test(tokens[i + 1]!.text)) cues.add('docCapAfter');
  });
  return out;
}

/** Countries the document names, for "a place of that name exists in a country the text is about". */
function contextCountryCodes(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  const g = gazetteer();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (!/^\p{Lu}/u.test(t)) continue;
    const two = i + 1 < tokens.length ? `${t} ${tokens[i + 1]!.text}` : '';
    for (const phrase of two ? [t, two] : [t]) {
      for (const p of g.lookup(phrase)) if (p.kind === 'country') out.add(p.countryCode);
      const d = g.countryOfDemonym(phrase);
      if (d) out.add(d.countryCode);
    }
  }
  return out;
}

/** Per-token rule labels ("B-person", "I-place", "T" for a title before a name, "O"). */
export function ruleLabels(tokens: readonly Token[], candidates: readonly NameCandidate[]): string[] {
  const out = tokens.map(() => 'O');
  for (const c of candidates) {
    for (let i = c.first; i < c.last; i++) out[i] = `${i === c.first ? 'B' : 'I'}-${c.kind}`;
    if (c.titleFrom !== undefined) for (let i = c.titleFrom; i < c.first; i++) out[i] = 'T';
  }
  return out;
}

/** Token features, computed on demand: the tagger skips most lower-case tokens (`tagger.ts`, `skippable`). */
export interface TokenFeatures {
  count: number;
  text(i: number): string;
  rule(i: number): string;
  /** Static features of token i (everything but the previous tags). */
  at(i: number): string[];
}

/** Static features of every token, computed lazily and memoised. */
export function tokenFeatures(
  text: string,
  tokens: readonly Token[],
  rules: readonly string[],
  starts: ReadonlySet<number>,
): TokenFeatures {
  const memo: (string[] | undefined)[] = new Array<string[] | undefined>(tokens.length);
  let compute: ((i: number) => string[]) | null = null;
  return {
    count: tokens.length,
    text: (i) => tokens[i]!.text,
    rule: (i) => rules[i]!,
    at(i) {
      compute ??= featureComputer(text, tokens, rules, starts);
      return (memo[i] ??= compute(i));
    },
  };
}

const YEAR = /^\d{4}[a-z]?$/;

/** An author cited in running text: "Klingberg et al.", "(Martin, 2000)", "Kinder (1991)". */
function citedAt(types: readonly WordType[], i: number): boolean {
  const a = types[i]?.lower;
  const b = types[i + 1]?.lower ?? '';
  return (a === 'et' && (b === 'al' || b === 'al.')) || ((a === ',' || a === '(') && YEAR.test(b));
}

/** What a word type contributes wherever it occurs, computed once per word and kept across documents. */
interface WordType {
  lower: string;
  shape: string;
  cap: boolean;
  /** Features of the word itself (form, shape, affixes, lexicons, gazetteer). */
  own: string[];
  /** Lexicon facts as features about a neighbour ("firstName", "orgSuffix"). */
  facts: string[];
  title: boolean;
  orgSuffix: boolean;
  placeSuffix: boolean;
}

const wordTypes = new Map<string, WordType>();

function wordType(word: string): WordType {
  let t = wordTypes.get(word);
  if (t) return t;
  const w = word.toLowerCase();
  const sh = shape(word);
  const info = wordInfo(w);
  const cap = /^\p{Lu}/u.test(word);
  const facts: string[] = [];
  if (info.firstName) facts.push('firstName');
  if (info.lastName) facts.push('lastName');
  if (info.place) facts.push('lexPlace');
  if (info.org) facts.push('lexOrg');
  if (info.demonym) facts.push('demonym');
  if (info.common) facts.push('common');
  if (info.title) facts.push('title');
  if (info.orgSuffix) facts.push('orgSuffix');
  if (info.placeSuffix) facts.push('placeSuffix');
  if (info.outlet) facts.push('outlet');
  if (info.institution) facts.push('institution');
  const own = ['b', `w=${w}`, `s=${sh}`, `p3=${w.slice(0, 3)}`, `x3=${w.slice(-3)}`, `x2=${w.slice(-2)}`, ...facts];
  if (cap) own.push(`gaz=${placeBucket(word)}`);
  if (/^\p{Lu}{2,}$/u.test(word)) own.push('acronym');
  t = {
    lower: w,
    shape: sh,
    cap,
    own,
    facts,
    title: info.title,
    orgSuffix: info.orgSuffix,
    placeSuffix: info.placeSuffix,
  };
  if (wordTypes.size > 50_000) wordTypes.clear(); // bounded: hostile input must not grow memory without end
  wordTypes.set(word, t);
  return t;
}

function featureComputer(
  text: string,
  tokens: readonly Token[],
  rules: readonly string[],
  starts: ReadonlySet<number>,
): (i: number) => string[] {
  const types = tokens.map((t) => wordType(t.text));
  // Words the document also prints in lower case are ordinary words when capitalised at a sentence start.
  const lowerSeen = new Set<string>();
  for (const t of types) if (!t.cap) lowerSeen.add(t.lower);
  const lower = types.map((t) => t.lower);
  const context = documentContext(tokens, lower, starts);
  let countries: Set<string> | null = null;
  return (i) => {
    const t = tokens[i]!;
    const type = types[i]!;
    const w = type.lower;
    const before = types[i - 1];
    const after = types[i + 1];
    const sPrev = before?.shape ?? '<s>';
    const sNext = after?.shape ?? '</s>';
    const f = [
      ...type.own,
      `w-1=${before?.lower ?? '<s>'}`,
      `w+1=${after?.lower ?? '</s>'}`,
      `w-2=${types[i - 2]?.lower ?? '<s>'}`,
      `w+2=${types[i + 2]?.lower ?? '</s>'}`,
      `s-1=${sPrev}`,
      `s+1=${sNext}`,
      `s-1s+1=${sPrev}|${sNext}`,
      `r=${rules[i]}`,
      `r-1=${rules[i - 1] ?? '<s>'}`,
      `r+1=${rules[i + 1] ?? '</s>'}`,
      `rs=${rules[i]}|${type.shape}`,
    ];
    if (starts.has(i)) f.push('start', `start|w=${w}`, `start|r=${rules[i]}`);
    if (type.cap && lowerSeen.has(w)) f.push('lowerSeen');
    if (type.cap) {
      countries ??= contextCountryCodes(tokens);
      if (
        gazetteer()
          .lookup(t.text)
          .some((p) => p.kind !== 'country' && countries!.has(p.countryCode))
      )
        f.push('gazInContext');
      for (const c of context.get(t.text) ?? []) f.push(c);
    }
    if (before?.title) f.push('afterTitle');
    if (after?.orgSuffix) f.push('beforeOrgSuffix');
    if (after?.placeSuffix) f.push('beforePlaceSuffix');
    if (text[t.start - 1] === '(' && text[t.end] === ')') f.push('parenthesised');
    // The lexicons' facts about the neighbours: "Pam" before, "Inc" or "Island" after.
    for (const x of before?.facts ?? []) f.push(`-1:${x}`);
    for (const x of after?.facts ?? []) f.push(`+1:${x}`);
    if (type.cap && citedAt(types, i + 1)) f.push('cited');
    return f;
  };
}
