/**
 * The name tagger: an averaged perceptron over token features (`features.ts`), decoded greedily left to right
 * with BIO constraints. Trained by `scripts/train-entities.ts` on the GUM train split; the weights ship as
 * `data/tagger.json` (GUM annotations, CC BY 4.0: Zeldes 2017, https://gucorpling.org/gum/).
 * Hand-written because no maintained npm package offers a trainable sequence tagger without native code.
 */
import { readFileSync } from 'node:fs';
import type { TokenFeatures } from './features.js';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-OTH', 'I-OTH'] as const;
export type Tag = (typeof TAGS)[number];

/** Feature → weights per tag, sparse: "tagIndex:weight" pairs. */
export interface TaggerModel {
  licence: string;
  tags: readonly string[];
  weights: Record<string, string>;
}

/** Adds each tag's score for the features to `into` (a new array when absent) and returns it. */
export type Scorer = (features: readonly string[], into?: Float64Array) => Float64Array;

/** The previous-tag features that decoding adds to the static ones. */
export function historyFeatures(prev: string, prev2: string, staticFeatures: readonly string[]): string[] {
  return [`t-1=${prev}`, `t-2t-1=${prev2}|${prev}`, `t-1|${staticFeatures[2]}`, `t-1|${staticFeatures[1]}`];
}

/** "I-X" may only follow "B-X" or "I-X". */
export function allowed(prev: string, tag: string): boolean {
  return !tag.startsWith('I-') || prev.slice(2) === tag.slice(2);
}

/**
 * A lower-case or punctuation token after an O, where the rules see no name, is O without scoring: names start
 * with a capital or a digit. Skipping them makes tagging about five times faster; training skips the same
 * tokens so that the model never learns from what it will not see.
 */
export function skippable(features: TokenFeatures, i: number, prev: string): boolean {
  return prev === 'O' && features.rule(i) === 'O' && !/^[\p{Lu}\p{N}]/u.test(features.text(i));
}

/** The best tag allowed after `prev`. */
export function bestTag(s: Float64Array, prev: string): number {
  let best = 0;
  for (let k = 1; k < TAGS.length; k++)
    if (allowed(prev, TAGS[k]!) && (s[k]! > s[best]! || !allowed(prev, TAGS[best]!))) best = k;
  return best;
}

/** Greedy BIO decoding. */
export function decode(features: TokenFeatures, score: Scorer): Tag[] {
  const out: Tag[] = [];
  let prev = 'O';
  let prev2 = 'O';
  for (let i = 0; i < features.count; i++) {
    let tag: Tag = 'O';
    if (!skippable(features, i, prev)) {
      const f = features.at(i);
      tag = TAGS[bestTag(score(historyFeatures(prev, prev2, f), score(f)), prev)]!;
    }
    out.push(tag);
    prev2 = prev;
    prev = tag;
  }
  return out;
}

const MODEL = new URL('../../../src/analyze/entities/data/tagger.json', import.meta.url);
let scorer: Scorer | null = null;

/** The shipped model as a scorer, loaded on first use. */
export function shippedScorer(): Scorer {
  if (scorer) return scorer;
  const model = JSON.parse(readFileSync(MODEL, 'utf8')) as TaggerModel;
  if (model.tags.join() !== TAGS.join()) throw new Error('entities: tagger.json was trained for other tags');
  const weights = new Map<string, Float64Array>();
  for (const [feature, packed] of Object.entries(model.weights)) {
    const w = new Float64Array(TAGS.length);
    for (const pair of packed.split(',')) {
      const [k, v] = pair.split(':');
      w[Number(k)] = Number(v);
    }
    weights.set(feature, w);
  }
  scorer = (features, into) => {
    const s = into ?? new Float64Array(TAGS.length);
    for (const f of features) {
      const w = weights.get(f);
      if (w) for (let k = 0; k < s.length; k++) s[k]! += w[k]!;
    }
    return s;
  };
  return scorer;
}
