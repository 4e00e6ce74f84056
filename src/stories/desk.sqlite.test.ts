import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { makeAnalysis, makeArticle } from '../store/store-fixtures.js';
import { StoryDesk } from './desk.js';

const wire =
  'North Korean leader Kim Jong Un arrived in Vladivostok on Wednesday by armoured train for his first summit ' +
  'with Russian President Vladimir Putin, officials said. The two leaders will discuss the stalled nuclear talks ' +
  'with Washington and economic cooperation, the Kremlin said, before talks on Russky Island on Thursday.';

describe('StoryDesk over the SQLite store', () => {
  it('persists placements and stories, and rebuilds them on reopen', async () => {
    const store = new SqliteStore({ path: ':memory:' });
    await store.migrate();
    const analysis = makeAnalysis([{ kind: 'person', name: 'Kim Jong Un' }]);
    const a = makeArticle({
      url: 'https://ap.example/kim',
      title: 'Kim arrives',
      text: wire,
      publishedAt: '2019-04-24T08:00:00Z',
    });
    const b = makeArticle({
      url: 'https://courier.example/kim',
      title: 'Kim in Russia',
      text: `Sign up for our newsletter.\n\n${wire}`,
      publishedAt: '2019-04-24T09:00:00Z',
    });
    const desk = await StoryDesk.open(store);
    for (const article of [a, b]) {
      const { id } = await store.upsertArticle({ article, analysis, source: 'test' });
      await desk.place((await store.getArticle(id))!);
    }
    expect(await store.getArticle(b.id)).toMatchObject({ storyId: a.id, duplicateOf: a.id });
    const story = await store.getStory(a.id);
    expect(story?.articleIds).toEqual([a.id, b.id]);
    expect(story?.topEntities).toEqual(['Kim Jong Un']);

    const reopened = await StoryDesk.open(store);
    expect(reopened.storyOf(b.id)).toBe(a.id);
    await store.close();
  });
});
