import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { workerProcessor } from './worker-processor.js';

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
    } finally {
      await processor.close();
    }
  });
});
