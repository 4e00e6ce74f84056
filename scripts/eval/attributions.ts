/**
 * Attributions gate: who said what, according to whom, on the hand-annotated scrapinghub-dev articles
 * (test/corpus/attributions, matching rules in its README): speaker precision and recall, the same with the
 * chain of reporting right, and content-span F1 (bench/lib/attributions-eval.ts).
 */
import type { Gate, GateResult } from '../eval.js';
import { analyze } from '../../src/analyze/analyze.js';
import { articleFromText } from '../../bench/lib/article-from-text.js';
import { loadAnnotated, scoreArticle, summarize } from '../../bench/lib/attributions-eval.js';

export const gate: Gate = {
  name: 'attributions',
  async run(): Promise<GateResult> {
    const annotated = loadAnnotated();
    if (!annotated) return { metrics: {}, skipped: 'shared/data/scrapinghub-dev not found' };
    const counts = annotated.map((a) => scoreArticle(analyze(articleFromText(a.id, a.text)).attributions, a.gold));
    const s = summarize(counts);
    return {
      metrics: {
        speaker_precision: s.speaker.p,
        speaker_recall: s.speaker.r,
        speaker_f1: s.speaker.f1,
        chain_precision: s.chain.p,
        chain_recall: s.chain.r,
        content_span_f1: s.contentF1,
      },
    };
  },
};
