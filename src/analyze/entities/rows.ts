/**
 * Per scorer, the weights of single features kept as rows of tag scores, found by the parts a feature is built
 * from: scoring a token then adds cached rows instead of joining a feature string and looking it up (the tagger's
 * document-dependent features were half of the entity stage's time when scored as strings).
 */
import type { Scorer } from './tagger.js';

/** Tags the tagger scores (`TAGS` in `tagger.ts`). */
export const TAG_COUNT = 9;

/** Rows past this many are dropped and built again: hostile input must not grow memory without end. */
const MAX_ROWS = 100_000;

/** Features made of a prefix and a rule label ("r=B-person"), scored by the label's id. */
export const RULE_TEMPLATES = ['r=', 'r-1=', 'r+1=', 'start|r='] as const;
export const [RULE_NOW, RULE_BEFORE, RULE_AFTER, RULE_AT_START] = [0, 1, 2, 3] as const;

const RULE_IDS = new Map<string, number>();

/** A small id of a rule label ("O", "T", "B-person", "<s>"…): labels are few, ids are kept for the process. */
export function ruleId(rule: string): number {
  let id = RULE_IDS.get(rule);
  if (id === undefined) RULE_IDS.set(rule, (id = RULE_IDS.size));
  return id;
}

export class FeatureRows {
  private readonly single = new Map<string, Float64Array>();
  private readonly pairs = new Map<string, Map<string, Map<string, Float64Array>>>();
  /** Rows of the rule templates (`RULE_TEMPLATES`), indexed by template, then by rule id (`ruleId`). */
  private readonly rules: Float64Array[][] = RULE_TEMPLATES.map(() => []);
  private size = 0;

  constructor(private readonly score: Scorer) {}

  /** The tag scores of one feature. */
  of(feature: string): Float64Array {
    let row = this.single.get(feature);
    if (row === undefined) {
      row = this.build(feature);
      this.single.set(feature, row);
    }
    return row;
  }

  /** The tag scores of the feature `prefix + a + infix + b`, found by its parts without joining them. */
  of2(prefix: string, a: string, infix: string, b: string): Float64Array {
    let byA = this.pairs.get(prefix);
    if (byA === undefined) this.pairs.set(prefix, (byA = new Map()));
    let byB = byA.get(a);
    if (byB === undefined) byA.set(a, (byB = new Map()));
    let row = byB.get(b);
    if (row === undefined) {
      row = this.build(prefix + a + infix + b);
      byB.set(b, row);
    }
    return row;
  }

  /** The tag scores of `RULE_TEMPLATES[template] + rule`, found by the rule's id. */
  ofRule(template: number, id: number, rule: string): Float64Array {
    const byId = this.rules[template]!;
    let row = byId[id];
    if (row === undefined) byId[id] = row = this.build(RULE_TEMPLATES[template]! + rule);
    return row;
  }

  private build(feature: string): Float64Array {
    if (++this.size > MAX_ROWS) {
      this.single.clear();
      this.pairs.clear();
      for (const byId of this.rules) byId.length = 0;
      this.size = 0;
    }
    const row = new Float64Array(TAG_COUNT);
    this.score([feature], row);
    return row;
  }
}

const byScorer = new WeakMap<Scorer, FeatureRows>();

/** The rows of `score`, built on first use. */
export function featureRows(score: Scorer): FeatureRows {
  let rows = byScorer.get(score);
  if (rows === undefined) byScorer.set(score, (rows = new FeatureRows(score)));
  return rows;
}

/** `into += row`. */
export function addRow(into: Float64Array, row: Float64Array, at = 0): void {
  for (let k = 0; k < TAG_COUNT; k++) into[k]! += row[at + k]!;
}
