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

/** Word shapes given an id at most; later shapes get none and are found by their strings (`FeatureRows.of2`). */
const MAX_SHAPES = 4096;
const SHAPE_IDS = new Map<string, number>();

/**
 * A small id of a word shape ("Xx", "X.X.", "<s>"), kept for the process, or -1 once `MAX_SHAPES` are taken: ids
 * are never reused, so that one cached with a word type stays right.
 */
export function shapeId(shape: string): number {
  let id = SHAPE_IDS.get(shape);
  if (id === undefined) {
    if (SHAPE_IDS.size >= MAX_SHAPES) return -1;
    SHAPE_IDS.set(shape, (id = SHAPE_IDS.size));
  }
  return id;
}

export class FeatureRows {
  private readonly single = new Map<string, Float64Array>();
  private readonly pairs = new Map<string, Map<string, Map<string, Float64Array>>>();
  /** Rows of the rule templates (`RULE_TEMPLATES`), indexed by template, then by rule id (`ruleId`). */
  private readonly rules: Float64Array[][] = RULE_TEMPLATES.map(() => []);
  /** Rows of "s-1s+1=<shape>|<shape>" by the two shape ids, and of "rs=<rule>|<shape>" by rule id and shape id. */
  private shapePairs: (Float64Array | undefined)[][] = [];
  private ruleShapes: (Float64Array | undefined)[][] = [];
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

  /**
   * The tag scores of "s-1s+1=" + `before` + "|" + `after` (the shapes around a token), found by their ids
   * (`shapeId`): two array reads where `of2` probes three maps.
   */
  ofShapes(beforeId: number, before: string, afterId: number, after: string): Float64Array {
    if (beforeId < 0 || afterId < 0) return this.of2('s-1s+1=', before, '|', after);
    const byAfter = (this.shapePairs[beforeId] ??= []);
    let row = byAfter[afterId];
    if (row === undefined) byAfter[afterId] = row = this.build(`s-1s+1=${before}|${after}`);
    return row;
  }

  /** The tag scores of "rs=" + `rule` + "|" + `shape`, found by the rule's id (`ruleId`) and the shape's. */
  ofRuleShape(ruleId: number, rule: string, shapeId: number, shape: string): Float64Array {
    if (shapeId < 0) return this.of2('rs=', rule, '|', shape);
    const byShape = (this.ruleShapes[ruleId] ??= []);
    let row = byShape[shapeId];
    if (row === undefined) byShape[shapeId] = row = this.build(`rs=${rule}|${shape}`);
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
      this.shapePairs = [];
      this.ruleShapes = [];
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

/** `into[at, at + TAG_COUNT) += row`. */
export function addRowAt(into: Float64Array, at: number, row: Float64Array): void {
  for (let k = 0; k < TAG_COUNT; k++) into[at + k]! += row[k]!;
}

/** `into += row`, the nine tags written out (V8 does not unroll the loop); each tag's sum in the same order. */
export function addRow(into: Float64Array, row: Float64Array, at = 0): void {
  into[0]! += row[at]!;
  into[1]! += row[at + 1]!;
  into[2]! += row[at + 2]!;
  into[3]! += row[at + 3]!;
  into[4]! += row[at + 4]!;
  into[5]! += row[at + 5]!;
  into[6]! += row[at + 6]!;
  into[7]! += row[at + 7]!;
  into[8]! += row[at + 8]!;
}
