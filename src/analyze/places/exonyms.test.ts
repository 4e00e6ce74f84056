import { describe, expect, it } from 'vitest';
import { placesByOtherName } from './exonyms.js';

describe('placesByOtherName', () => {
  it('finds a larger place by its English name when GeoNames keys it by its own', () => {
    expect(placesByOtherName('Antwerp').map((p) => p.countryCode)).toContain('BE');
    expect(placesByOtherName('Cologne').map((p) => p.countryCode)).toContain('DE');
  });

  it('finds nothing for a place of that very name or for no place', () => {
    expect(placesByOtherName('Antwerpen')).toEqual([]); // its own name: the gazetteer's business
    expect(placesByOtherName('Zzyzx Qqq')).toEqual([]);
  });
});
