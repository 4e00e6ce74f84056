import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze/analyze.js';
import { NearDuplicateIndex } from '../../stories/near-duplicates/detector.js';
import { KEPT_ARTICLES, workerProcessor } from './worker-processor.js';

const html = readFileSync(new URL('../../../test/corpus/ingest/cli/story.html', import.meta.url));

describe('workerProcessor', () => {
  // Slow under tsx: each worker transpiles the extract and analyze graph on start (compiled runs start fast).
  it('extracts and analyses on worker threads', { timeout: 120_000 }, async () => {
    const processor = workerProcessor(2, () => new Date('2026-01-01T00:00:00Z'));
    try {
      const [a, b] = await Promise.all([processor.extract({ bytes: html }), processor.extract({ html: '<p>x</p>' })]);
      expect(a.ok && a.article.title).toBe('Harbour stays shut after storm');
      expect(b).toMatchObject({ ok: false, reason: 'not-an-article' });
      if (!a.ok) return;
      const analysis = await processor.analyze(a.article);
      expect(analysis.sentences.length).toBeGreaterThan(0);
      // The article extracted on a worker is analysed there by reference; a copy of it, an article the pool never
      // extracted and one the worker no longer keeps are sent along: the same analysis each time.
      const expected = analyze(a.article, {});
      expect(analysis).toEqual(expected);
      expect(await processor.analyze({ ...a.article })).toEqual(expected);
      const many = await Promise.all(
        Array.from({ length: KEPT_ARTICLES * 2 + 3 }, () => processor.extract({ bytes: html })),
      );
      const first = many[0]!;
      if (!first.ok) throw new Error('extract failed');
      // More tasks than the workers hold at once are queued; every one is answered.
      const analyses = await Promise.all(many.map((o) => (o.ok ? processor.analyze(o.article) : null)));
      expect(analyses.every((x) => x !== null && x.sentences.length === expected.sentences.length)).toBe(true);
      expect(analyses[0]).toEqual(expected);
      // The story desk's sketch of the body, made on the worker with the analysis.
      const again = await processor.extract({ bytes: html });
      if (!again.ok) throw new Error('extract failed');
      const both = await processor.analyzeAndSketch!(again.article);
      expect(both.analysis).toEqual(expected);
      expect(both.sketch).toEqual(NearDuplicateIndex.sketchOf(a.article.body.text));
    } finally {
      await processor.close();
    }
  });

  it('holds each page to the size limit it is given, on the workers too', { timeout: 120_000 }, async () => {
    const processor = workerProcessor(1, () => new Date('2026-01-01T00:00:00Z'), 500);
    try {
      expect(await processor.extract({ bytes: html })).toMatchObject({ ok: false, reason: 'too-large' });
    } finally {
      await processor.close();
    }
  });
});
