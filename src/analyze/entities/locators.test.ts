import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';
import { attachLocators } from './locators.js';
import { tokenize } from './tokenize.js';

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

  it('folds a country named with its article, also after an organization with a place inside its name', () => {
    expect(mentionsOf('She moved to Utrecht, the Netherlands, in May.', 'Utrecht')).toEqual([
      'Utrecht, the Netherlands',
    ]);
    const text = 'He joined the Free University Amsterdam, the Netherlands, in 2019.';
    expect(mentionsOf(text, 'Free University Amsterdam')).toEqual(['Free University Amsterdam, the Netherlands']);
    expect(mentionsOf(text, 'Amsterdam')).toEqual(['Amsterdam']);
  });

  it("leaves an organization's street address apart", () => {
    const text = 'Meet at the Boston Youth Center, 1200 Larch Avenue, at noon.';
    const tokens = tokenize(text);
    const at = (w: string): number => tokens.findIndex((t) => t.text === w);
    const [center] = attachLocators(tokens, [
      { first: at('Boston'), last: at('Center') + 1, kind: 'organization', titled: false },
      { first: at('Boston'), last: at('Boston') + 1, kind: 'place', titled: false, nested: true },
      { first: at('1200'), last: at('Avenue') + 1, kind: 'place', titled: false },
    ]);
    expect(center!.mentionLast).toBeUndefined();
  });

  it('folds the town after "in" or "at" into an organization\'s mention, but no venue', () => {
    const text =
      'She taught at the Quarry Falls Institute in Vermont before the Dunmore Rovers played at Kelby Stadium.';
    expect(mentionsOf(text, 'Quarry Falls Institute')).toEqual(['Quarry Falls Institute in Vermont']);
    expect(mentionsOf(text, 'Vermont')).toEqual(['Vermont']);
    const tokens = tokenize(text);
    const at = (w: string): number => tokens.findIndex((t) => t.text === w);
    const [team] = attachLocators(tokens, [
      { first: at('Dunmore'), last: at('Rovers') + 1, kind: 'organization', titled: false },
      { first: at('Kelby'), last: at('Stadium') + 1, kind: 'place', titled: false },
    ]);
    expect(team!.mentionLast).toBeUndefined();
  });
});
