import { describe, expect, it } from 'vitest';
import { ADAPTIVE, adaptiveRule, CorpusCohesion } from './adaptive-rule.js';
import { newStory } from './story-state.js';

/** A story whose members joined it at `sim` each (`joins` of them). */
function storyWith(index: number, sim: number, joins: number): ReturnType<typeof newStory> {
  const s = newStory(index, `s${index}`, new Map([[index, 1]]), NaN);
  s.joinSims = sim * joins;
  s.joins = joins;
  return s;
}

describe('adaptiveRule', () => {
  const corpus = (): CorpusCohesion => {
    const c = new CorpusCohesion();
    for (let i = 0; i < 50; i++) c.observe(0.3);
    return c;
  };

  it('joins an article about as close to a story as its members were', () => {
    const rule = adaptiveRule(corpus());
    const story = storyWith(0, 0.3, 10);
    expect(rule.join({ story, sim: 0.2 }, [])).toBe(true);
    expect(rule.join({ story, sim: 0.05 }, [])).toBe(false);
  });

  it('asks more of a merge prompted by one article than of one found by comparing whole stories', () => {
    // Two events in one place with the same people: an article touching both, and centroids sharing the common
    // names at two-thirds of the stories' own cohesion, is not enough to call them one while placing; the same
    // centroids found close by `consolidate` (a story split at a cold start) are.
    const rule = adaptiveRule(corpus());
    const a = storyWith(0, 0.3, 10);
    const b = storyWith(1, 0.3, 10);
    expect(rule.merge(a, { story: b, sim: 0.25 }, () => 0.2, 'placement')).toBe(false);
    expect(rule.merge(a, { story: b, sim: 0.25 }, () => 0.25, 'placement')).toBe(true);
    expect(rule.merge(a, { story: b, sim: 0.25 }, () => 0.2, 'consolidate')).toBe(true);
  });

  it('merges on a share of cohesion, not a fixed similarity', () => {
    const loose = adaptiveRule(corpus());
    const tight = new CorpusCohesion();
    for (let i = 0; i < 50; i++) tight.observe(0.6);
    const strict = adaptiveRule(tight);
    const [a, b] = [storyWith(0, 0.3, 10), storyWith(1, 0.3, 10)];
    const [c, d] = [storyWith(2, 0.6, 10), storyWith(3, 0.6, 10)];
    const centroid = ADAPTIVE.mergeShare * 0.3 + 0.01;
    expect(loose.merge(a, { story: b, sim: 0.3 }, () => centroid, 'consolidate')).toBe(true);
    expect(strict.merge(c, { story: d, sim: 0.6 }, () => centroid, 'consolidate')).toBe(false);
  });
});
