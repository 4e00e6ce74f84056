import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';

/** Each entity's kind and mentions found in `text`, as "kind: mention". */
const found = (text: string): string[] =>
  findEntities(text, []).flatMap((e) => e.mentions.map((m) => `${e.kind}: ${m.text}`));

describe('saidPlaces', () => {
  it('reads a name said to be a country, town or village as a place, each time it is printed', () => {
    expect(found('Zolvana is a big or a small country? Zolvana is NOT a country.... Zolvana is near Peru')).toEqual([
      'place: Zolvana',
      'place: Zolvana',
      'place: Zolvana',
      'place: Peru',
    ]);
    expect(found('Try Kelvara, it s amazing. Kelvara was once a fishing village by the beach.')).toContain(
      'place: Kelvara',
    );
  });

  it('leaves a noun that modifies another, a pronoun and a common word alone', () => {
    expect(found('Smith is a country singer from Ohio.')).toContain('person: Smith');
    expect(found('It is the largest town on the island. It remains quiet.')).toEqual([]);
  });
});
