import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';

const kindOf = (text: string, name: string) => findEntities(text, []).find((e) => e.name === name)?.kind;

describe('companyHeads', () => {
  it('finds an unknown word opening a sentence before a company’s noun', () => {
    expect(kindOf('Brevanix shares fell 4% in March. Analysts had expected more.', 'Brevanix')).toBe('organization');
    expect(kindOf("The board met. Quorvath's spokeswoman declined to comment.", 'Quorvath')).toBe('organization');
  });

  it('makes a name read as a person there an organization', () => {
    expect(kindOf('Kestrova spokesman Tom Reed said on Tuesday that profits fell.', 'Kestrova')).toBe('organization');
  });

  it('leaves known words and names without the noun alone', () => {
    expect(kindOf('Paris shares the prize.', 'Paris')).toBe('place');
    expect(kindOf('Marlowe said the plan would work.', 'Marlowe')).toBe('person');
  });
});
