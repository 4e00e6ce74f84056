import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';

/** Each entity's kind and mentions found in `text`, as "kind: mention". */
const found = (text: string): string[] =>
  findEntities(text, []).flatMap((e) => e.mentions.map((m) => `${e.kind}: ${m.text}`));

describe('saidPeople', () => {
  it("reads a name said to be someone's trade or tie as a person, each time it is printed", () => {
    expect(found('A good cut! Odalys is a hairdresser and has just moved here. Ask for Odalys.')).toEqual([
      'person: Odalys',
      'person: Odalys',
    ]);
    expect(found('Thorvin - the owner, knows exactly how to fix it.')).toContain('person: Thorvin');
    expect(found('A charming, friendly place to stay. Mary is an excellent host.')).toContain('person: Mary');
  });

  it('leaves a noun that modifies another, a common word and an organization alone', () => {
    expect(found('Kestrel is a doctor owned practice in town.')).not.toContain('person: Kestrel');
    expect(found('This is a great place.')).toEqual([]);
    expect(found('She was born in Paris, the daughter of a baker.')).toContain('place: Paris');
    expect(found('She was born in Varnholt, the daughter of a baker.')).not.toContain('person: Varnholt');
  });
});

describe('saidFirms', () => {
  it('reads a name said to be a company, firm or store as an organization', () => {
    expect(found('Vantrix A company which provides good quality power backup. I liked Vantrix.')).toEqual([
      'organization: Vantrix',
      'organization: Vantrix',
    ]);
    expect(found('He now works for Dunmore, a small firm that builds decks.')).toContain('organization: Dunmore');
  });

  it('leaves a person opened by a given name and a company word that heads no phrase', () => {
    expect(found('Greg Hollis, a company spokesman, said no.')).toContain('person: Greg Hollis');
  });
});
