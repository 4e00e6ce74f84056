import { describe, expect, it } from 'vitest';
import type { Entity } from '../../vocabulary.js';
import { findEntities } from './entities.js';

/** Each entity as "kind:name", in order of first mention. */
const summary = (text: string): string[] => findEntities(text, []).map((e: Entity) => `${e.kind}:${e.name}`);

describe('apposedNames', () => {
  it('keeps a month-like given name before a surname and a person apposition', () => {
    expect(summary('Jan Peters, a spokesman, said it rained.')).toEqual(['person:Jan Peters']);
    expect(summary('May Brandt, 54, said the shop would close.')).toEqual(['person:May Brandt']);
    expect(summary('August Holm, the mayor, opened the bridge.')).toEqual(['person:August Holm']);
  });

  it('makes a particle name before a person apposition a person', () => {
    expect(summary('Jan de Vries, a spokesman, said it rained.')).toEqual(['person:Jan de Vries']);
    expect(summary('Kees de Vries, a spokesman, said it rained.')).toEqual(['person:Kees de Vries']);
    expect(summary('Lotte van der Meer, 41, said the dyke held.')).toEqual(['person:Lotte van der Meer']);
  });

  it('leaves dates alone', () => {
    expect(summary('On Jan 5, Peters said it rained.')).toEqual(['person:Peters']);
    expect(summary('By Jan. 12, Peters said it rained.')).toEqual(['person:Peters']);
    expect(summary('In May Smith said it rained.')).not.toContain('person:May Smith');
    expect(summary('In May Smith, 54, said it rained.')).not.toContain('person:May Smith');
  });
});
