/**
 * Quality gate for stories: clustering on the news-clustering dev slice (BCubed F1, NMI, and the mean over
 * split halves of its stories, the check that the rule was not fitted to the slice as a whole) and
 * near-duplicate precision/recall on wire copies generated from Scrapinghub bodies.
 */
import { fileURLToPath } from 'node:url';
import type { Gate, GateResult } from '../eval.js';
import { datelineOnHalves, loadDevSlice, scoreDateline } from '../../src/stories/scoring/dev-slice.js';
import { nearDuplicateBenchmark } from '../../src/stories/scoring/near-duplicate-eval.js';

const dataDir = fileURLToPath(new URL('../../../shared/data', import.meta.url));

export const gate: Gate = {
  name: 'stories',
  async run(): Promise<GateResult> {
    const slice = loadDevSlice(dataDir);
    const dups = nearDuplicateBenchmark(dataDir, [1, 2, 3]);
    if (!slice || !dups) return { metrics: {}, skipped: 'news-clustering-dev or scrapinghub-dev data absent' };
    const full = scoreDateline(slice);
    const halves = datelineOnHalves(slice, [1, 2, 3]);
    return {
      metrics: {
        clusteringBcubedF1: full.bcubed.f1,
        clusteringNmi: full.nmi,
        clusteringHalvesBcubedF1: halves.bcubedF1,
        nearDuplicatePrecision: dups.precision,
        nearDuplicateRecall: dups.recall,
      },
    };
  },
};
