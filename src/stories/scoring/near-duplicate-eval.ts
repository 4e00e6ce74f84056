/**
 * Scores near-duplicate folding on a generated set: pairwise precision/recall of "same text" groups, where a
 * pair is predicted together when both fold under the same canonical article.
 */
import { existsSync, readFileSync } from 'node:fs';
import { NearDuplicateIndex } from '../near-duplicates/detector.js';
import { contingency } from './contingency.js';
import { pairwise, type PRF } from './metrics.js';
import { generateWireCopies, type GeneratedText, type SourceArticle } from './wire-copies.js';

/** Article bodies from the Scrapinghub ground truth; null when the data is absent. */
export function loadScrapinghubBodies(dataDir: string): SourceArticle[] | null {
  const file = `${dataDir}/scrapinghub-dev/ground-truth.json`;
  if (!existsSync(file)) return null;
  const gt = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { articleBody?: string; headline?: string }>;
  return Object.entries(gt)
    .filter(([, v]) => typeof v.articleBody === 'string')
    .map(([id, v]) => ({ id, title: v.headline ?? '', body: v.articleBody! }));
}

export interface NearDuplicateScores extends PRF {
  texts: number;
  copies: number;
  negatives: number;
}

/** Folds the texts in order and scores the groups. */
export function scoreNearDuplicates(texts: readonly GeneratedText[]): NearDuplicateScores {
  const idx = new NearDuplicateIndex();
  texts.forEach((t, i) => idx.add({ id: t.id, text: t.text, time: i, outlet: t.outlet }));
  const gold = new Map(texts.map((t) => [t.id, t.group]));
  const pred = new Map(texts.map((t) => [t.id, idx.canonicalOf(t.id)!]));
  return {
    ...pairwise(contingency(gold, pred)),
    texts: texts.length,
    copies: texts.filter((t) => t.kind === 'copy').length,
    negatives: texts.filter((t) => t.kind === 'negative').length,
  };
}

/** Generates the set from Scrapinghub bodies with each seed and pools the pairwise scores. */
export function nearDuplicateBenchmark(dataDir: string, seeds: readonly number[]): NearDuplicateScores | null {
  const sources = loadScrapinghubBodies(dataDir);
  if (!sources) return null;
  const runs = seeds.map((s) => scoreNearDuplicates(generateWireCopies(sources, s)));
  const mean = (f: (r: NearDuplicateScores) => number): number => runs.reduce((a, r) => a + f(r), 0) / runs.length;
  return {
    precision: mean((r) => r.precision),
    recall: mean((r) => r.recall),
    f1: mean((r) => r.f1),
    texts: runs.reduce((a, r) => a + r.texts, 0),
    copies: runs.reduce((a, r) => a + r.copies, 0),
    negatives: runs.reduce((a, r) => a + r.negatives, 0),
  };
}
