import { describe, expect, it } from 'vitest';
import { countNoun } from './count-noun.js';

describe('countNoun', () => {
  it('agrees the noun with the count and groups thousands', () => {
    expect(countNoun(1, 'article')).toBe('1 article');
    expect(countNoun(0, 'outlet')).toBe('0 outlets');
    expect(countNoun(1204, 'article')).toBe('1,204 articles');
  });
});
