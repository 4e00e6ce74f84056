/**
 * Token features for the name tagger: the word and its neighbours, shape, affixes, what the lexicons and the
 * gazetteer know, and the rule-based reading (`rules.ts`) stacked in as evidence. Features are strings
 * ("w=putin", "rule=B-person"); the tagger weighs them. Previous-tag features are added while decoding.
 */
import { startsUpper } from './letter-case.js';
import type { NameCandidate } from './rules.js';
import { join } from './join.js';
import { tableIndex, type Scorer, type TableIndex } from './tagger.js';
import type { Token } from './tokenize.js';
import {
  addRow,
  addRowAt,
  featureRows,
  RULE_AFTER,
  RULE_AT_START,
  RULE_BEFORE,
  RULE_NOW,
  ruleId,
  shapeId,
  TAG_COUNT,
} from './rows.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { bestPlace, wordInfo, type WordInfo } from './wordinfo.js';

/** "Choe" → "Xx", "Son-hui" → "Xx-x", "KCNA" → "X", "COVID-19" → "X-d", "U.S." → "X.X.". */
export function shape(word: string): string {
  let out = '';
  let run = 0; // the class of the run being read: 1 upper, 2 lower, 3 digit, 0 other
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return unicodeShape(word); // scanned by hand for ASCII, where each class is one range
    const cls = c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? 2 : c >= 48 && c <= 57 ? 3 : 0;
    if (cls === 0) out += word[i]!;
    else if (cls !== run) out += cls === 1 ? 'X' : cls === 2 ? 'x' : 'd';
    run = cls;
  }
  return out;
}

function unicodeShape(word: string): string {
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

/** The document features of each cue before and after a capitalised word ("doc-1=in", "doc+1=said"). */
const CUE_BEFORE: ReadonlyMap<string, string> = new Map([...CUES].map((c) => [c, `doc-1=${c}`]));
const CUE_AFTER: ReadonlyMap<string, string> = new Map([...CUES].map((c) => [c, `doc+1=${c}`]));

/**
 * Context aggregated over every occurrence of a capitalised word in the document (after Ratinov and Roth 2009,
 * "context aggregation"): "Coron" seen after "in" anywhere is a place everywhere.
 */
function documentContext(tokens: readonly Token[], starts: ReadonlySet<number>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  tokens.forEach((t, i) => {
    if (!startsUpper(t.text)) return;
    let cues = out.get(t.text);
    if (!cues) out.set(t.text, (cues = new Set()));
    const before = tokens[i - 1]?.text;
    const after = tokens[i + 1]?.text;
    const cueBefore = before === undefined || starts.has(i) ? undefined : CUE_BEFORE.get(lowerOf(before));
    if (cueBefore !== undefined) cues.add(cueBefore);
    const cueAfter = after === undefined ? undefined : CUE_AFTER.get(lowerOf(after));
    if (cueAfter !== undefined) cues.add(cueAfter);
    if (before !== undefined && startsUpper(tokens[i - 1]!.text) && !starts.has(i - 1)) cues.add('docCapBefore');
    if (after !== undefined && startsUpper(tokens[i + 1]!.text)) cues.add('docCapAfter');
  });
  return out;
}

/**
 * `word.toLowerCase()`, but the word itself when it has no upper-case or non-ASCII character (most words): V8's
 * toLowerCase builds a new string even then, and a new string must be hashed again to be looked up or kept.
 */
function lowerOf(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return word.toLowerCase();
  }
  return word;
}

/** Countries the document names, for "a place of that name exists in a country the text is about". */
function contextCountryCodes(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (!startsUpper(t)) continue;
    for (const c of countriesOfOne(t)) out.add(c);
    // Two-word countries and demonyms have both words capitalised ("North Korea", "South Korean").
    const next = tokens[i + 1]?.text;
    if (next !== undefined && startsUpper(next)) for (const c of countriesOfTwo(t, next)) out.add(c);
  }
  return out;
}

/**
 * The countries a word or a two-word phrase names, as a country or a demonym, kept for the process by the words
 * as printed: scanning every capitalised token of every article, the lookups were a tenth of the tagger's time.
 */
const byWord = new Map<string, readonly string[]>();
const byPair = new Map<string, Map<string, readonly string[]>>();
const MAX_COUNTRY_MEMO = 50_000; // bounded: hostile input must not grow memory without end
let countryMemoSize = 0;

function countriesOfOne(word: string): readonly string[] {
  let codes = byWord.get(word);
  if (codes === undefined) byWord.set(word, (codes = countriesOf(word)));
  return codes;
}

function countriesOfTwo(first: string, second: string): readonly string[] {
  let inner = byPair.get(first);
  if (inner === undefined) byPair.set(first, (inner = new Map()));
  let codes = inner.get(second);
  if (codes === undefined) inner.set(second, (codes = countriesOf(`${first} ${second}`)));
  return codes;
}

function countriesOf(phrase: string): readonly string[] {
  if (++countryMemoSize > MAX_COUNTRY_MEMO) {
    byWord.clear();
    byPair.clear();
    countryMemoSize = 0;
  }
  const g = gazetteer();
  const out: string[] = [];
  for (const p of g.lookup(phrase)) if (p.kind === 'country') out.push(p.countryCode);
  const d = g.countryOfDemonym(phrase);
  if (d) out.push(d.countryCode);
  return out.length ? out : NONE;
}
const NONE: readonly string[] = [];

/** Per-token rule labels ("B-person", "I-place", "T" for a title before a name, "O"). */
export function ruleLabels(tokens: readonly Token[], candidates: readonly NameCandidate[]): string[] {
  const out = tokens.map(() => 'O');
  for (const c of candidates) {
    for (let i = c.first; i < c.last; i++) out[i] = label(i === c.first ? 'B' : 'I', c.kind);
    if (c.titleFrom !== undefined) for (let i = c.titleFrom; i < c.first; i++) out[i] = 'T';
  }
  return out;
}

/** The rule labels as shared strings, whose hash is computed once: scoring looks their rows up by them. */
const LABELS = { B: new Map<string, string>(), I: new Map<string, string>() };
function label(bio: 'B' | 'I', kind: string): string {
  let s = LABELS[bio].get(kind);
  if (s === undefined) LABELS[bio].set(kind, (s = `${bio}-${kind}`));
  return s;
}

/** Token features, computed on demand: the tagger skips most lower-case tokens (`tagger.ts`, `skippable`). */
export interface TokenFeatures {
  count: number;
  text(i: number): string;
  rule(i: number): string;
  /** The word's own features; [1] is its form ("w=…"), [2] its shape ("s=…"). */
  own(i: number): readonly string[];
  /** Static features of token i (everything but the previous tags), as strings (training). */
  at(i: number): string[];
  /**
   * Adds the score of `at(i)` and of the word's tag-less history features to `into`, the parts that depend on a
   * word alone summed once per word.
   */
  scoreStatic(i: number, score: Scorer, into: Float64Array): void;
}

/** Static features of every token, computed lazily. */
export function tokenFeatures(
  text: string,
  tokens: readonly Token[],
  rules: readonly string[],
  starts: ReadonlySet<number>,
): TokenFeatures {
  // Word types are looked up only for the tokens the tagger scores and their neighbours (a fifth of them).
  const types: (WordType | undefined)[] = new Array<WordType | undefined>(tokens.length);
  const typeAt = (i: number): WordType | undefined =>
    i < 0 || i >= tokens.length ? undefined : (types[i] ??= wordType(tokens[i]!.text));
  const doc = new DocumentFacts(tokens, starts);
  let dynamic: ((i: number) => string[]) | null = null;
  const dynamicOf = (): ((i: number) => string[]) => (dynamic ??= dynamicFeatures(text, tokens, typeAt, rules, doc));
  let scoreDynamic: DynamicScorer | null = null;
  const neighbours = (i: number): WordType[] => [
    typeAt(i)!,
    typeAt(i - 1) ?? BOS,
    typeAt(i + 1) ?? EOS,
    typeAt(i - 2) ?? BOS,
    typeAt(i + 2) ?? EOS,
  ];
  return {
    count: tokens.length,
    text: (i) => tokens[i]!.text,
    rule: (i) => rules[i]!,
    own: (i) => ownFeatures(typeAt(i)!),
    at(i) {
      const out: string[] = [];
      neighbours(i).forEach((t, role) => out.push(...roleFeatures(t, role)));
      out.push(...dynamicOf()(i));
      return out;
    },
    scoreStatic(i, score, into) {
      // No array of neighbours and no closure: this runs for every scored token.
      const self = typeAt(i)!;
      const own = roleSums(self, score);
      addRow(into, own, 0);
      addRow(into, roleSums(typeAt(i - 1) ?? BOS, score), 1 * TAG_COUNT);
      addRow(into, roleSums(typeAt(i + 1) ?? EOS, score), 2 * TAG_COUNT);
      addRow(into, roleSums(typeAt(i - 2) ?? BOS, score), 3 * TAG_COUNT);
      addRow(into, roleSums(typeAt(i + 2) ?? EOS, score), 4 * TAG_COUNT);
      addRow(into, own, ROLES * TAG_COUNT); // the word's tag-less history features
      (scoreDynamic ??= dynamicScorer(text, tokens, typeAt, rules, doc))(i, score, into);
    },
  };
}

const YEAR = /^\d{4}[a-z]?$/;

/** An author cited in running text: "Klingberg et al.", "(Martin, 2000)", "Kinder (1991)". */
function citedAt(typeAt: (i: number) => WordType | undefined, i: number): boolean {
  const a = typeAt(i)?.lower;
  const b = typeAt(i + 1)?.lower ?? '';
  return (a === 'et' && (b === 'al' || b === 'al.')) || ((a === ',' || a === '(') && YEAR.test(b));
}

/** What a word type contributes wherever it occurs, computed once per word and kept across documents. */
interface WordType {
  lower: string;
  shape: string;
  /** `shapeId(shape)`: the shape's rows are found by it. */
  shapeId: number;
  cap: boolean;
  /** The start and end of a sentence ("<s>", "</s>"): no features of their own. */
  sentinel: boolean;
  /** Lexicon facts as features about a neighbour ("firstName", "orgSuffix"). */
  facts: readonly string[];
  /** The same as bits by `FACT_NAMES` index. */
  factBits: number;
  /** "gaz=…" for a capitalised word (`placeBucket`), else null. */
  gaz: string | null;
  acronym: boolean;
  title: boolean;
  orgSuffix: boolean;
  placeSuffix: boolean;
  /** Features of the word itself (form, shape, affixes, lexicons, gazetteer), built on first use (`ownFeatures`). */
  own: string[] | undefined;
  /** Features the word gives each role (`ROLES`), built on first use. */
  roles: string[][] | undefined;
  /** Their summed scores under one scorer (`roleSums`). */
  sums: { by: Scorer; values: Float64Array } | undefined;
}

/** The positions a word's features are read from: itself, then its neighbours at -1, +1, -2, +2. */
const ROLES = 5;
/**
 * Scoring adds a sixth "role": the word's tag-history features that carry no tag ("t-1|w=…", "t-1|s=…",
 * `historyFeatures` in `tagger.ts`), which training adds with the history.
 */
const SCORED_ROLES = 6;

function sentinel(mark: string): WordType {
  return {
    lower: mark,
    shape: mark,
    shapeId: shapeId(mark),
    cap: false,
    sentinel: true,
    facts: [],
    factBits: 0,
    gaz: null,
    acronym: false,
    title: false,
    orgSuffix: false,
    placeSuffix: false,
    own: undefined,
    roles: undefined,
    sums: undefined,
  };
}
const BOS = sentinel('<s>');
const EOS = sentinel('</s>');

/** The word's own features; [1] is its form ("w=…"), [2] its shape ("s=…"); none for a sentinel. */
function ownFeatures(t: WordType): string[] {
  if (t.own) return t.own;
  const w = t.lower;
  const own = t.sentinel
    ? []
    : ['b', `w=${w}`, `s=${t.shape}`, `p3=${w.slice(0, 3)}`, `x3=${w.slice(-3)}`, `x2=${w.slice(-2)}`, ...t.facts];
  if (t.gaz !== null) own.push(t.gaz);
  if (t.acronym) own.push('acronym');
  return (t.own = own);
}

function roleFeatures(t: WordType, role: number): readonly string[] {
  const own = ownFeatures(t);
  t.roles ??= [
    own,
    [`w-1=${t.lower}`, `s-1=${t.shape}`, ...t.facts.map((x) => `-1:${x}`), ...(t.title ? ['afterTitle'] : [])],
    [
      `w+1=${t.lower}`,
      `s+1=${t.shape}`,
      ...t.facts.map((x) => `+1:${x}`),
      ...(t.orgSuffix ? ['beforeOrgSuffix'] : []),
      ...(t.placeSuffix ? ['beforePlaceSuffix'] : []),
    ],
    [`w-2=${t.lower}`],
    [`w+2=${t.lower}`],
    own.length ? [`t-1|${own[2]}`, `t-1|${own[1]}`] : [],
  ];
  return t.roles[role]!;
}

/** The ids of a finished table's features that no word part is in, found once per table. */
interface ConstantIds {
  b: number;
  acronym: number;
  afterTitle: number;
  beforeOrgSuffix: number;
  beforePlaceSuffix: number;
  /** By `FACT_NAMES` index: the fact itself, "-1:" and "+1:" it. */
  fact: Int32Array;
  factBefore: Int32Array;
  factAfter: Int32Array;
  /** By "gaz=…" feature. */
  gaz: Map<string, number>;
}

const constantsOf = new WeakMap<TableIndex, ConstantIds>();

function constantIds(index: TableIndex): ConstantIds {
  let c = constantsOf.get(index);
  if (c === undefined) {
    const id = (feature: string): number => index.ids.get(feature) ?? -1;
    c = {
      b: id('b'),
      acronym: id('acronym'),
      afterTitle: id('afterTitle'),
      beforeOrgSuffix: id('beforeOrgSuffix'),
      beforePlaceSuffix: id('beforePlaceSuffix'),
      fact: Int32Array.from(FACT_NAMES, (x) => id(x)),
      factBefore: Int32Array.from(FACT_NAMES, (x) => id(`-1:${x}`)),
      factAfter: Int32Array.from(FACT_NAMES, (x) => id(`+1:${x}`)),
      gaz: new Map(),
    };
    constantsOf.set(index, c);
  }
  return c;
}

/** `values[role]` += the weights of feature `id` (none when -1), as `score` adds them. */
function addWeights(values: Float64Array, role: number, w: Float32Array, id: number): void {
  if (id < 0) return;
  const from = id * TAG_COUNT;
  const at = role * TAG_COUNT;
  for (let k = 0; k < TAG_COUNT; k++) values[at + k]! += w[from + k]!;
}

const idIn = (ids: Int32Array | undefined, k: number): number => (ids === undefined ? -1 : ids[k]!);

/**
 * `roleFeatures` scored from a finished table's index (`tableIndex`): each feature's id is found by the part of
 * the word it is built from, one probe per part, so no feature string is built for a new word. The weights are
 * added in the order of `roleFeatures`, features without a weight skipped, as `score` does: the same sums to the
 * last bit.
 */
function indexedRoleSums(t: WordType, index: TableIndex, values: Float64Array): void {
  const c = constantIds(index);
  const w = index.w;
  const word = index.words.get(t.lower);
  const shape = index.shapes.get(t.shape);
  if (!t.sentinel) {
    const lower = t.lower;
    addWeights(values, 0, w, c.b);
    addWeights(values, 0, w, idIn(word, 0));
    addWeights(values, 0, w, idIn(shape, 0));
    addWeights(values, 0, w, index.affixes[0]!.get(lower.slice(0, 3)) ?? -1);
    addWeights(values, 0, w, index.affixes[1]!.get(lower.slice(-3)) ?? -1);
    addWeights(values, 0, w, index.affixes[2]!.get(lower.slice(-2)) ?? -1);
    for (let k = 0; k < FACT_NAMES.length; k++) if (t.factBits & (1 << k)) addWeights(values, 0, w, c.fact[k]!);
    if (t.gaz !== null) {
      let gaz = c.gaz.get(t.gaz);
      if (gaz === undefined) c.gaz.set(t.gaz, (gaz = index.ids.get(t.gaz) ?? -1));
      addWeights(values, 0, w, gaz);
    }
    if (t.acronym) addWeights(values, 0, w, c.acronym);
  }
  addWeights(values, 1, w, idIn(word, 1));
  addWeights(values, 1, w, idIn(shape, 1));
  for (let k = 0; k < FACT_NAMES.length; k++) if (t.factBits & (1 << k)) addWeights(values, 1, w, c.factBefore[k]!);
  if (t.title) addWeights(values, 1, w, c.afterTitle);
  addWeights(values, 2, w, idIn(word, 2));
  addWeights(values, 2, w, idIn(shape, 2));
  for (let k = 0; k < FACT_NAMES.length; k++) if (t.factBits & (1 << k)) addWeights(values, 2, w, c.factAfter[k]!);
  if (t.orgSuffix) addWeights(values, 2, w, c.beforeOrgSuffix);
  if (t.placeSuffix) addWeights(values, 2, w, c.beforePlaceSuffix);
  addWeights(values, 3, w, idIn(word, 3));
  addWeights(values, 4, w, idIn(word, 4));
  if (!t.sentinel) {
    addWeights(values, 5, w, idIn(shape, 3));
    addWeights(values, 5, w, idIn(word, 5));
  }
}

/** Numbers in one word's role sums. */
const SUMS_SIZE = SCORED_ROLES * TAG_COUNT;
/** Role sums cut from one block. */
const SUMS_PER_BLOCK = 1024;
let sumsBlock: Float64Array | null = null;
let sumsUsed = SUMS_PER_BLOCK;

/**
 * Zeroed room for one word's role sums, cut from a shared block: a Float64Array of its own per new word is too
 * large for V8's heap (over 64 bytes), so each took an off-heap buffer, slower to allocate and to collect.
 */
function newSums(): Float64Array {
  if (sumsBlock === null || sumsUsed === SUMS_PER_BLOCK) {
    sumsBlock = new Float64Array(SUMS_PER_BLOCK * SUMS_SIZE);
    sumsUsed = 0;
  }
  const at = sumsUsed++ * SUMS_SIZE;
  return sumsBlock.subarray(at, at + SUMS_SIZE);
}

/**
 * The word's summed scores in each role under `score`, role r at [r * TAG_COUNT, (r + 1) * TAG_COUNT): scoring a
 * token then adds five sums. One scorer is kept per word (the shipped one; cross-validation swaps it per fold).
 */
function roleSums(t: WordType, score: Scorer): Float64Array {
  if (t.sums !== undefined && t.sums.by === score) return t.sums.values;
  const values = newSums();
  const index = tableIndex(score);
  if (index) indexedRoleSums(t, index, values);
  else
    for (let r = 0; r < SCORED_ROLES; r++)
      score(roleFeatures(t, r), values.subarray(r * TAG_COUNT, (r + 1) * TAG_COUNT));
  t.sums = { by: score, values };
  return values;
}

/** The lexicon facts of a word, in feature order: one frozen list per combination, shared by its words. */
const FACT_NAMES = [
  'firstName',
  'lastName',
  'lexPlace',
  'lexOrg',
  'demonym',
  'common',
  'title',
  'orgSuffix',
  'placeSuffix',
  'outlet',
  'institution',
] as const;
const factLists = new Map<number, readonly string[]>();

/** The word's facts as bits by `FACT_NAMES` index. */
function factBitsOf(info: WordInfo): number {
  const flags = [
    info.firstName,
    info.lastName,
    info.place,
    info.org,
    info.demonym,
    info.common,
    info.title,
    info.orgSuffix,
    info.placeSuffix,
    info.outlet,
    info.institution,
  ];
  let bits = 0;
  for (let k = 0; k < flags.length; k++) if (flags[k]) bits |= 1 << k;
  return bits;
}

/** The fact names of `bits`, in feature order: one frozen list per combination, shared by its words. */
function factsOf(bits: number): readonly string[] {
  let facts = factLists.get(bits);
  if (facts === undefined) factLists.set(bits, (facts = FACT_NAMES.filter((_, k) => bits & (1 << k))));
  return facts;
}

/** "gaz=…" of each `placeBucket`, built once. */
const GAZ = new Map<string, string>();

const wordTypes = new Map<string, WordType>();
function wordType(word: string): WordType {
  let t = wordTypes.get(word);
  if (t) return t;
  const w = word.toLowerCase();
  const sh = shape(word);
  const info = wordInfo(w);
  const cap = startsUpper(word);
  const factBits = factBitsOf(info);
  let gaz: string | null = null;
  if (cap) {
    const bucket = placeBucket(word);
    gaz = GAZ.get(bucket) ?? null;
    if (gaz === null) GAZ.set(bucket, (gaz = `gaz=${bucket}`));
  }
  t = {
    lower: w,
    shape: sh,
    shapeId: shapeId(sh),
    cap,
    sentinel: false,
    facts: factsOf(factBits),
    factBits,
    gaz,
    acronym: isAcronym(word),
    title: info.title,
    orgSuffix: info.orgSuffix,
    placeSuffix: info.placeSuffix,
    own: undefined,
    roles: undefined,
    sums: undefined,
  };
  if (wordTypes.size > 50_000) wordTypes.clear(); // bounded: hostile input must not grow memory without end
  wordTypes.set(word, t);
  return t;
}

const ACRONYM = /^\p{Lu}{2,}$/u;

/** Two or more upper-case letters and nothing else ("KCNA"), tested by hand for ASCII. */
function isAcronym(word: string): boolean {
  if (word.length < 2) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return ACRONYM.test(word);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** What the document says about its words, found once and shared by every token's dynamic features. */
class DocumentFacts {
  /** Words the document also prints in lower case: ordinary words when capitalised at a sentence start. */
  readonly lowerSeen = new Set<string>();
  private context: Map<string, Set<string>> | null = null;
  private countries: Set<string> | null = null;
  /** Per capitalised word: "gazInContext" and its document cues, in feature order. */
  private readonly capital = new Map<string, readonly string[]>();

  constructor(
    private readonly tokens: readonly Token[],
    readonly starts: ReadonlySet<number>,
  ) {
    // Only words that lower-case to what a capitalised word lower-cases to count: those starting with an ASCII
    // lower-case letter or any non-ASCII character. Digits and punctuation (a fifth of tokens) are skipped.
    for (const t of tokens) {
      const c = t.text.charCodeAt(0);
      if (c < 128 ? c >= 97 && c <= 122 : !startsUpper(t.text)) this.lowerSeen.add(lowerOf(t.text));
    }
  }

  /** The features a capitalised word has wherever it occurs in this document. */
  capitalFeatures(word: string): readonly string[] {
    let f = this.capital.get(word);
    if (f === undefined) {
      const out: string[] = [];
      this.countries ??= contextCountryCodes(this.tokens);
      const countries = this.countries;
      if (
        gazetteer()
          .lookup(word)
          .some((p) => p.kind !== 'country' && countries.has(p.countryCode))
      )
        out.push('gazInContext');
      this.context ??= documentContext(this.tokens, this.starts);
      for (const c of this.context.get(word) ?? []) out.push(c);
      this.capital.set(word, (f = out));
    }
    return f;
  }
}

/** The features of token i that depend on its place in this document: rules, sentence start, context. */
function dynamicFeatures(
  text: string,
  tokens: readonly Token[],
  typeAt: (i: number) => WordType | undefined,
  rules: readonly string[],
  doc: DocumentFacts,
): (i: number) => string[] {
  return (i) => {
    const t = tokens[i]!;
    const type = typeAt(i)!;
    const w = type.lower;
    const sPrev = typeAt(i - 1)?.shape ?? '<s>';
    const sNext = typeAt(i + 1)?.shape ?? '</s>';
    const rule = rules[i]!;
    const f = [
      join(join('s-1s+1=', sPrev), join('|', sNext)),
      join('r=', rule),
      join('r-1=', rules[i - 1] ?? '<s>'),
      join('r+1=', rules[i + 1] ?? '</s>'),
      join(join('rs=', rule), join('|', type.shape)),
    ];
    if (doc.starts.has(i)) f.push('start', join('start|w=', w), join('start|r=', rule));
    if (type.cap && doc.lowerSeen.has(w)) f.push('lowerSeen');
    if (type.cap) f.push(...doc.capitalFeatures(t.text));
    if (text[t.start - 1] === '(' && text[t.end] === ')') f.push('parenthesised');
    if (type.cap && citedAt(typeAt, i + 1)) f.push('cited');
    return f;
  };
}

type DynamicScorer = (i: number, score: Scorer, into: Float64Array) => void;

/**
 * Adds the score of `dynamicFeatures(i)` to `into` from rows cached per scorer (`rows.ts`), found by the
 * feature's parts: no feature string is built or hashed once a combination has been seen.
 */
function dynamicScorer(
  text: string,
  tokens: readonly Token[],
  typeAt: (i: number) => WordType | undefined,
  rules: readonly string[],
  doc: DocumentFacts,
): DynamicScorer {
  // A capitalised word's document features summed once per document and scorer, at an offset of one buffer
  // (a typed array per word cost more to allocate than the sums).
  let capitalBy: Scorer | null = null;
  const capital = new Map<string, number>();
  let sums = new Float64Array(64 * TAG_COUNT);
  let used = 0;
  const ids = new Int32Array(rules.length + 2); // ids[i + 1] is the rule of token i; the ends are "<s>", "</s>"
  ids[0] = ruleId('<s>');
  for (let i = 0; i < rules.length; i++) ids[i + 1] = ruleId(rules[i]!);
  ids[rules.length + 1] = ruleId('</s>');
  return (i, score, into) => {
    const rows = featureRows(score);
    const t = tokens[i]!;
    const type = typeAt(i)!;
    const rule = rules[i]!;
    const before = typeAt(i - 1) ?? BOS;
    const after = typeAt(i + 1) ?? EOS;
    addRow(into, rows.ofShapes(before.shapeId, before.shape, after.shapeId, after.shape));
    addRow(into, rows.ofRule(RULE_NOW, ids[i + 1]!, rule));
    addRow(into, rows.ofRule(RULE_BEFORE, ids[i]!, rules[i - 1] ?? '<s>'));
    addRow(into, rows.ofRule(RULE_AFTER, ids[i + 2]!, rules[i + 1] ?? '</s>'));
    addRow(into, rows.ofRuleShape(ids[i + 1]!, rule, type.shapeId, type.shape));
    if (doc.starts.has(i)) {
      addRow(into, rows.of('start'));
      addRow(into, rows.of2('start|w=', type.lower, '', ''));
      addRow(into, rows.ofRule(RULE_AT_START, ids[i + 1]!, rule));
    }
    if (type.cap) {
      if (doc.lowerSeen.has(type.lower)) addRow(into, rows.of('lowerSeen'));
      if (capitalBy !== score) {
        capital.clear();
        capitalBy = score;
        if (used) sums = new Float64Array(sums.length);
        used = 0;
      }
      let at = capital.get(t.text);
      if (at === undefined) {
        if (used === sums.length) {
          const grown = new Float64Array(sums.length * 2);
          grown.set(sums);
          sums = grown;
        }
        at = used;
        used += TAG_COUNT;
        for (const f of doc.capitalFeatures(t.text)) addRowAt(sums, at, rows.of(f));
        capital.set(t.text, at);
      }
      addRow(into, sums, at);
    }
    if (text[t.start - 1] === '(' && text[t.end] === ')') addRow(into, rows.of('parenthesised'));
    if (type.cap && citedAt(typeAt, i + 1)) addRow(into, rows.of('cited'));
  };
}
