import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';

const mentions = (text: string): string[] =>
  findEntities(text, []).flatMap((e) => e.mentions.map((m) => `${e.kind}:${m.text}`));

describe('nestedPlaces', () => {
  it('nests a place named inside a longer name', () => {
    expect(mentions('Editors of the Medical Journal of Australia met.')).toContain('place:Australia');
  });

  it('nests each place of a pair joined by "and" inside a longer name', () => {
    const found = mentions('Officers of the Trinidad and Tobago Coast Guard boarded the ship.');
    expect(found).toContain('organization:Trinidad and Tobago Coast Guard');
    expect(found).toContain('place:Trinidad');
    expect(found).toContain('place:Tobago');
    expect(found).not.toContain('place:Trinidad and Tobago');
  });
});
