/**
 * Extraction gate: Dateline's body text on the Scrapinghub development pages, scored as their README defines
 * (F1, precision, recall; bench/lib/shingle-score.ts), and the share of the reference article's extraction
 * fields (seed/expected.md) that are right.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Gate, GateResult } from '../eval.js';
import { extract } from '../../src/extract/extract.js';
import { loadScrapinghub, SHARED_DATA } from '../../bench/lib/scrapinghub.js';
import { scoreCorpus, scorePage } from '../../bench/lib/shingle-score.js';
import { checkSeedArticle } from '../../bench/lib/seed-check.js';

export const gate: Gate = {
  name: 'extract',
  async run(): Promise<GateResult> {
    const pages = loadScrapinghub();
    const seedPath = join(SHARED_DATA, 'seed', 'kim-putin-train.txt');
    if (!pages || !existsSync(seedPath))
      return { metrics: {}, skipped: 'shared/data/scrapinghub-dev or seed not found' };
    const scores = pages.map((p) => {
      const r = extract({ html: p.html, url: p.url });
      return scorePage(p.truth, r.ok ? r.article.body.text : '');
    });
    const s = scoreCorpus(scores);
    const seed = extract({ text: readFileSync(seedPath, 'utf8') });
    const fields = Object.values(checkSeedArticle(seed.ok ? seed.article : null));
    return {
      metrics: {
        scrapinghub_dev_f1: s.f1,
        scrapinghub_dev_precision: s.precision,
        scrapinghub_dev_recall: s.recall,
        seed_fields: fields.filter(Boolean).length / fields.length,
      },
    };
  },
};
