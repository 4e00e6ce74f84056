import { describe, expect, it } from 'vitest';
import type { StoredArticle } from '../store/port.js';
import type { Story } from '../vocabulary.js';
import { resolveStory } from './resolve-story.js';

const story = (id: string, articleIds: string[]): Story => ({
  id,
  title: `Story ${id}`,
  articleIds,
  outlets: [],
  firstSeen: null,
  lastUpdated: null,
  topEntities: [],
  claims: [],
});
const filed = (storyId: string | null) => ({ storyId }) as StoredArticle;

function storeOf(stories: Story[], articles: Record<string, string | null>) {
  return {
    getStory: async (id: string) => stories.find((s) => s.id === id) ?? null,
    getArticle: async (id: string) => (id in articles ? filed(articles[id]!) : null),
  };
}

describe('resolveStory', () => {
  it('finds a live story', async () => {
    const store = storeOf([story('s1', ['s1'])], { s1: 's1' });
    expect(await resolveStory(store, 's1')).toEqual({ kind: 'story', story: story('s1', ['s1']) });
  });

  it('leads a deleted story to the story its namesake article is filed under', async () => {
    const store = storeOf([story('a', ['a', 'b'])], { a: 'a', b: 'a' });
    expect(await resolveStory(store, 'b')).toEqual({ kind: 'moved', storyId: 'a' });
  });

  it('treats an emptied row (written before stories were deleted) as gone', async () => {
    const store = storeOf([story('a', ['a', 'b']), story('b', [])], { a: 'a', b: 'a' });
    expect(await resolveStory(store, 'b')).toEqual({ kind: 'moved', storyId: 'a' });
  });

  it('is missing when nothing leads anywhere, and never leads to itself or to an empty story', async () => {
    expect(await resolveStory(storeOf([], {}), 'x')).toEqual({ kind: 'missing' });
    expect(await resolveStory(storeOf([story('x', [])], { x: 'x' }), 'x')).toEqual({ kind: 'missing' });
    expect(await resolveStory(storeOf([], { x: null }), 'x')).toEqual({ kind: 'missing' });
    expect(await resolveStory(storeOf([story('y', [])], { x: 'y' }), 'x')).toEqual({ kind: 'missing' });
  });
});
