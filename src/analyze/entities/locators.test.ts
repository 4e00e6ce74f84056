import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';

const mentionsOf = (text: string, name: string): string[] =>
  findEntities(text, [])
    .find((e) => e.name === name)
    ?.mentions.map((m) => m.text) ?? [];

describe('attachLocators', () => {
  it("folds a country or state after a town into the town's mention, the locator nested as a place", () => {
    const text = 'The family, from Sydney, Australia, flew home.';
    expect(mentionsOf(text, 'Sydney')).toEqual(['Sydney, Australia']);
    expect(mentionsOf(text, 'Australia')).toEqual(['Australia']);
    expect(findEntities(text, []).find((e) => e.name === 'Sydney')?.aliases).toEqual([]);
  });

  it('leaves lists of countries and of regions apart', () => {
    const text = 'Trials ran in Sweden, Poland and Italy, and in New South Wales, Victoria and Queensland.';
    for (const name of ['Sweden', 'Poland', 'New South Wales', 'Victoria'])
      expect(mentionsOf(text, name)).toEqual([name]);
  });
});
