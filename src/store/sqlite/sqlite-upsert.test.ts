import { describe, expect, it } from 'vitest';
import { makeAnalysis, makeArticle } from '../store-fixtures.js';
import type { UpsertInput } from '../port.js';
import { SqliteStore } from './sqlite-store.js';

describe('upsertArticles (one transaction for several articles)', () => {
  it('stores each input as upsertArticle would, and a failing one alone is rolled back', async () => {
    const store = new SqliteStore({ path: ':memory:' });
    await store.migrate();
    try {
      const a = makeArticle({ url: 'https://a.example/1', text: 'First body.' });
      const b = makeArticle({ url: 'https://a.example/2', text: 'Second body.' });
      const broken = { article: null, source: 'test' } as unknown as UpsertInput;
      const results = await store.upsertArticles([
        { article: a, analysis: makeAnalysis([{ kind: 'person', name: 'Ada Lind' }]), source: 'test' },
        broken,
        { article: b, source: 'test' },
        { article: { ...a, title: 'Renamed' }, source: 'test' },
      ]);
      expect(results.map((r) => (r instanceof Error ? 'error' : r.created))).toEqual([true, 'error', true, false]);
      expect(await store.countArticles()).toBe(2);
      const stored = await store.getArticle(await store.findArticleId('https://a.example/1').then((id) => id!));
      expect(stored?.article.title).toBe('Renamed');
      expect(stored?.analysis?.entities.map((e) => e.name)).toEqual(['Ada Lind']);
    } finally {
      await store.close();
    }
  });
});
