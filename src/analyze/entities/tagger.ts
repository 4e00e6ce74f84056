/**
 * The name tagger: an averaged perceptron over token features (`features.ts`), decoded greedily left to right
 * with BIO constraints. Trained by `scripts/train-entities.ts` on the GUM train split; the weights ship as
 * `data/tagger.json` (GUM annotations, CC BY 4.0: Zeldes 2017, https://gucorpling.org/gum/).
 * Hand-written because no maintained npm package offers a trainable sequence tagger without native code.
 */
import { readFileSync } from 'node:fs';
import type { TokenFeatures } from './features.js';
import { join } from './join.js';
import { startsUpper } from './letter-case.js';
import { addRow, featureRows } from './rows.js';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-OTH', 'I-OTH'] as const;
export type Tag = (typeof TAGS)[number];
const N = TAGS.length;

/** Feature → weights per tag, sparse: "tagIndex:weight" pairs. */
export interface TaggerModel {
  licence: string;
  tags: readonly string[];
  weights: Record<string, string>;
}

/** Adds each tag's score for the features to `into`. */
export type Scorer = (features: readonly string[], into: Float64Array) => void;

/** Weights as one typed array, a feature's row found by its interned id: no allocation while scoring. */
export class WeightTable {
  readonly ids = new Map<string, number>();
  w = new Float32Array(1024 * N);

  /** The row of `feature`, added when absent. */
  intern(feature: string): number {
    let id = this.ids.get(feature);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(feature, id);
      if ((id + 1) * N > this.w.length) {
        const grown = new Float32Array(this.w.length * 2);
        grown.set(this.w);
        this.w = grown;
      }
    }
    return id;
  }

  readonly score: Scorer = (features, into) => {
    const w = this.w;
    for (const f of features) {
      const id = this.ids.get(f);
      if (id === undefined) continue;
      const at = id * N;
      for (let k = 0; k < N; k++) into[k]! += w[at + k]!;
    }
  };
}

/** The previous-tag features that decoding adds to the static ones. */
export function historyFeatures(
  prev: string,
  prev2: string,
  staticFeatures: readonly string[],
  seen?: string,
): string[] {
  // "t-1|s=…" and "t-1|w=…" carry no tag: they weigh the word and shape a second time. Conjoining them with the
  // previous tag was tried and lost 1 point of cross-validated F1 (over-fitting), so they stay as trained.
  const f = [
    join('t-1=', prev),
    join(join('t-2t-1=', prev2), join('|', prev)),
    join('t-1|', staticFeatures[2]!),
    join('t-1|', staticFeatures[1]!),
  ];
  if (seen) f.push(join('seen=', seen));
  return f;
}

/**
 * What the document's earlier occurrences of a word were tagged ("extended prediction history", Ratinov and Roth
 * 2009): "Harrow" read as a place three times is likely a place the fourth.
 */
export class PredictionHistory {
  private readonly counts = new Map<string, Int32Array>();

  /** The type most often given to `word` so far, or undefined. */
  of(word: string): string | undefined {
    const c = this.counts.get(word);
    if (!c) return undefined;
    let best = 0;
    for (let k = 1; k < c.length; k++) if (c[k]! > c[best]!) best = k;
    return TYPES[best];
  }

  add(word: string, tag: number): void {
    let c = this.counts.get(word);
    if (!c) this.counts.set(word, (c = new Int32Array(TYPES.length)));
    c[(tag + 1) >> 1]!++;
  }
}
const TYPES = ['O', 'PER', 'ORG', 'LOC', 'OTH'] as const;
/** The "seen=" feature of each type, built once. */
const SEEN: Readonly<Record<string, string>> = Object.fromEntries(TYPES.map((t) => [t, `seen=${t}`]));

/** The word a prediction history is kept for: capitalised tokens only. */
export function historyKey(features: TokenFeatures, i: number): string | undefined {
  const t = features.text(i);
  return startsUpper(t) ? t : undefined;
}

/** "I-X" may only follow "B-X" or "I-X". */
export function allowed(prev: string, tag: string): boolean {
  return !tag.startsWith('I-') || prev.slice(2) === tag.slice(2);
}

const NAMEY = /^[\p{Lu}\p{N}]/u;

/**
 * A lower-case or punctuation token after an O, where the rules see no name, is O without scoring: names start
 * with a capital or a digit. Skipping them makes tagging about five times faster; training skips the same
 * tokens so that the model never learns from what it will not see.
 */
export function skippable(features: TokenFeatures, i: number, prev: string): boolean {
  if (prev !== 'O' || features.rule(i) !== 'O') return false;
  const text = features.text(i);
  const c = text.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c < 128 && !(c >= 65 && c <= 90) && !(c >= 48 && c <= 57))) return true; // ASCII
  return !NAMEY.test(text);
}

/** ALLOWED[prev * N + tag]: `allowed` for every pair, so that decoding slices no strings. */
const ALLOWED: readonly boolean[] = TAGS.flatMap((p) => TAGS.map((t) => allowed(p, t)));

/** The best tag allowed after `prev`. */
export function bestTag(s: Float64Array, prev: string): number {
  const row = TAGS.indexOf(prev as Tag) * N;
  let best = 0;
  for (let k = 1; k < N; k++) if (ALLOWED[row + k] && (s[k]! > s[best]! || !ALLOWED[row + best])) best = k;
  return best;
}

/**
 * Per scorer, the summed weights of the two tag-history features for every (previous tag, tag before) pair: the
 * history's word features ("t-1|w=…") carry no tag and are summed with the word (`features.ts`, `roleSums`).
 */
const pairSums = new WeakMap<Scorer, Float64Array>();

function tagPairSums(score: Scorer): Float64Array {
  let sums = pairSums.get(score);
  if (!sums) {
    sums = new Float64Array(N * N * N);
    for (let a = 0; a < N; a++)
      for (let b = 0; b < N; b++) {
        const [t1, t2] = historyFeatures(TAGS[a]!, TAGS[b]!, ['', '', '']);
        score([t1!, t2!], sums.subarray((a * N + b) * N, (a * N + b + 1) * N));
      }
    pairSums.set(score, sums);
  }
  return sums;
}

/** Greedy BIO decoding; scores equal those of `historyFeatures` + static features, summed from caches. */
export function decode(features: TokenFeatures, score: Scorer): Tag[] {
  const out: Tag[] = new Array<Tag>(features.count);
  const s = new Float64Array(N);
  const pairs = tagPairSums(score);
  let prev = 0;
  let prev2 = 0;
  const history = new PredictionHistory();
  for (let i = 0; i < features.count; i++) {
    let k = 0;
    if (!skippable(features, i, TAGS[prev]!)) {
      const key = historyKey(features, i);
      s.fill(0);
      features.scoreStatic(i, score, s);
      const at = (prev * N + prev2) * N;
      for (let j = 0; j < N; j++) s[j]! += pairs[at + j]!;
      const seen = key && history.of(key);
      if (seen) addRow(s, featureRows(score).of(SEEN[seen]!));
      k = bestTag(s, TAGS[prev]!);
      if (key) history.add(key, k);
    }
    out[i] = TAGS[k]!;
    prev2 = prev;
    prev = k;
  }
  return out;
}

/** A weight table from a shipped model. */
export function tableOf(model: TaggerModel): WeightTable {
  if (model.tags.join() !== TAGS.join()) throw new Error('entities: tagger.json was trained for other tags');
  const table = new WeightTable();
  // Read in place ("0:-1.195,3:0.2"): splitting into pairs and each pair in two made three strings a weight, and
  // this runs once a process on a fresh process's first article (50k weights, 30-60 ms of the tagger's load).
  for (const [feature, packed] of Object.entries(model.weights)) {
    const at = table.intern(feature) * N;
    for (let from = 0; from < packed.length;) {
      const colon = packed.indexOf(':', from);
      const comma = packed.indexOf(',', colon);
      const end = comma < 0 ? packed.length : comma;
      table.w[at + Number(packed.slice(from, colon))] = Number(packed.slice(colon + 1, end));
      from = end + 1;
    }
  }
  return table;
}

/** The templates of features made of a prefix and the lower-cased word ("w-1=putin"), in `TableIndex.words` order. */
export const WORD_TEMPLATES = ['w=', 'w-1=', 'w+1=', 'w-2=', 'w+2=', 't-1|w='] as const;
/** The templates of features made of a prefix and the word's shape ("s+1=Xx"), in `TableIndex.shapes` order. */
export const SHAPE_TEMPLATES = ['s=', 's-1=', 's+1=', 't-1|s='] as const;
/** The templates of features made of a prefix and an affix of the lower-cased word ("p3=put", "x3=tin"). */
export const AFFIX_TEMPLATES = ['p3=', 'x3=', 'x2='] as const;

/**
 * A table that no longer changes (the shipped one), indexed for scoring a word without building its feature
 * strings: most words of a text have no weight in most templates, and the ids of those that do are found with one
 * probe per part (word, shape, affix) instead of one per feature.
 */
export interface TableIndex {
  /** The table's weights, a feature's row at `id * TAGS.length`. */
  readonly w: Float32Array;
  /** The id of a whole feature ("b", "-1:firstName", "gaz=city5"). */
  readonly ids: ReadonlyMap<string, number>;
  /** Per word, the id of each `WORD_TEMPLATES` feature built on it, -1 for none; words with no feature absent. */
  readonly words: ReadonlyMap<string, Int32Array>;
  /** Per shape, the id of each `SHAPE_TEMPLATES` feature built on it, -1 for none. */
  readonly shapes: ReadonlyMap<string, Int32Array>;
  /** Per `AFFIX_TEMPLATES` template, the id of its feature by affix. */
  readonly affixes: readonly ReadonlyMap<string, number>[];
}

/** The index of each scorer whose table no longer changes (the shipped one). */
const indexOf = new WeakMap<Scorer, TableIndex>();

/** The index of `score`'s table, or undefined when the table may still grow (training). */
export function tableIndex(score: Scorer): TableIndex | undefined {
  return indexOf.get(score);
}

function indexTable(table: WeightTable): TableIndex {
  const words = new Map<string, Int32Array>();
  const shapes = new Map<string, Int32Array>();
  const affixes = AFFIX_TEMPLATES.map(() => new Map<string, number>());
  const slot = (byPart: Map<string, Int32Array>, part: string, size: number): Int32Array => {
    let ids = byPart.get(part);
    if (!ids) byPart.set(part, (ids = new Int32Array(size).fill(-1)));
    return ids;
  };
  // Every template ends at its only "=", so a feature's template, if any, ends at its first "=".
  for (const [feature, id] of table.ids) {
    const eq = feature.indexOf('=');
    if (eq < 0) continue;
    const template = feature.slice(0, eq + 1);
    const part = feature.slice(eq + 1);
    let k: number = WORD_TEMPLATES.indexOf(template as (typeof WORD_TEMPLATES)[number]);
    if (k >= 0) slot(words, part, WORD_TEMPLATES.length)[k] = id;
    else if ((k = SHAPE_TEMPLATES.indexOf(template as (typeof SHAPE_TEMPLATES)[number])) >= 0)
      slot(shapes, part, SHAPE_TEMPLATES.length)[k] = id;
    else if ((k = AFFIX_TEMPLATES.indexOf(template as (typeof AFFIX_TEMPLATES)[number])) >= 0)
      affixes[k]!.set(part, id);
  }
  return { w: table.w, ids: table.ids, words, shapes, affixes };
}

const MODEL = new URL('../../../src/analyze/entities/data/tagger.json', import.meta.url);
let scorer: Scorer | null = null;

/** The shipped model as a scorer, loaded on first use. */
export function shippedScorer(): Scorer {
  if (!scorer) {
    const table = tableOf(JSON.parse(readFileSync(MODEL, 'utf8')) as TaggerModel);
    scorer = table.score;
    indexOf.set(scorer, indexTable(table));
  }
  return scorer;
}
