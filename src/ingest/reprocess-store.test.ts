import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import type { Analysis, Article, ExtractInput } from '../vocabulary.js';
import { buildDemoDesk, demoInputs } from './demo/build-demo-desk.js';
import { ingestSources } from './ingest-sources.js';
import { inProcessProcessor } from './pipeline/in-process.js';
import { reprocessStore } from './reprocess-store.js';

const corpus = fileURLToPath(new URL('../../sample-corpus/riverbend-post', import.meta.url));
const seed = fileURLToPath(new URL('../../../shared/data/seed/kim-putin-train.txt', import.meta.url));

describe('reprocessStore', () => {
  it('re-extracts every raw page with the feed date it was stored with, and re-analyses it', async () => {
    const store = await openStore({ kind: 'sqlite', path: join(mkdtempSync(join(tmpdir(), 'dateline-re-')), 'd.db') });
    try {
      const first = await ingestSources([corpus], { store });
      expect(first.stored).toBe(3);
      const base = inProcessProcessor(() => new Date());
      const seen: ExtractInput[] = [];
      const processor = {
        extract: async (input: ExtractInput) => {
          seen.push(input);
          return base.extract(input);
        },
        analyze: async (article: Article): Promise<Analysis> => ({ ...(await base.analyze(article)), version: 'next' }),
      };
      const summary = await reprocessStore({ store, processor });
      expect(summary).toMatchObject({ reprocessed: 3, failed: 0 });
      expect(seen.map((s) => s.published).sort()).toEqual([
        '2026-09-11T11:00:00-05:00',
        '2026-09-15T13:40:00-05:00',
        '2026-09-22T09:15:00-05:00',
      ]);
      const list = await store.listArticles({ limit: 10 });
      expect(list.total).toBe(3);
      for (const a of list.items) expect((await store.getArticle(a.id))?.analysis?.version).toBe('next');
    } finally {
      await store.close();
    }
  });
});

describe('buildDemoDesk', () => {
  it('ingests the sample corpus (and the seed dump when present) idempotently', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'dateline-demo-')), 'nested', 'demo.db');
    const first = await buildDemoDesk(db);
    expect(first.failures).toEqual([]);
    expect(first.stored).toBeGreaterThanOrEqual(16);
    expect(demoInputs().includes(seed)).toBe(existsSync(seed));
    const second = await buildDemoDesk(db);
    expect(second).toMatchObject({ stored: 0, failed: 0, unchanged: first.stored });
  });
});
