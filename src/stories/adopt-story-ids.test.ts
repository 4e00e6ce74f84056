import { describe, expect, it } from 'vitest';
import { adoptStoryIds } from './adopt-story-ids.js';

const storedIn = (m: Record<string, string>) => (id: string) => m[id] ?? null;

describe('adoptStoryIds', () => {
  it('keeps the id most of a story’s articles were stored under', () => {
    const ids = adoptStoryIds(new Map([['a', ['a', 'b', 'c']]]), storedIn({ a: 'old1', b: 'old2', c: 'old2' }));
    expect(ids).toEqual(new Map([['a', 'old2']]));
  });

  it('gives a split story’s id to its larger part; the other part takes its own name', () => {
    const ids = adoptStoryIds(
      new Map([
        ['a', ['a', 'b']],
        ['c', ['c', 'd', 'e']],
      ]),
      storedIn({ a: 's', b: 's', c: 's', d: 's', e: 's' }),
    );
    expect(ids).toEqual(
      new Map([
        ['c', 's'],
        ['a', 'a'],
      ]),
    );
  });

  it('never publishes one id twice, even when a new story’s own name is an id another story kept', () => {
    // Story "b" was stored as "a"; the rebuilt story named "a" had no stored id, so it takes its next article.
    const ids = adoptStoryIds(
      new Map([
        ['a', ['a', 'x']],
        ['b', ['b']],
      ]),
      storedIn({ b: 'a' }),
    );
    expect(ids).toEqual(
      new Map([
        ['b', 'a'],
        ['a', 'x'],
      ]),
    );
    expect(new Set(ids.values()).size).toBe(ids.size);
  });
});
