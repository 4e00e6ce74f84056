import { describe, expect, it } from 'vitest';
import type { Entity } from '../../vocabulary.js';
import { contextCountries, geocodePlaces, resolvePlace } from './geocode.js';

const place = (name: string): Entity => ({ id: `place:${name}`, kind: 'place', name, aliases: [], mentions: [] });

describe('geocode', () => {
  it('reads the countries of the context from country names and demonyms', () => {
    const ctx = contextCountries('the eastern Russian city of Vladivostok', [place('Japan')]);
    expect([...ctx].sort()).toEqual(['JP', 'RU']);
  });

  it('prefers the namesake in a country of the context', () => {
    expect(resolvePlace(['Portland'], new Set(['AU']))?.countryCode).toBe('AU');
    expect(resolvePlace(['Portland'], new Set())?.countryCode).toBe('US');
    expect(resolvePlace(['Moscow'], new Set(['US']))?.countryCode).toBe('RU'); // a capital outweighs a small namesake
    expect(resolvePlace(['Zzyzx Qqq'], new Set())).toBeNull();
  });

  it('gives countries their centroid and cities their GeoNames id; leaves other kinds alone', () => {
    const person: Entity = { id: 'person:x', kind: 'person', name: 'Vladivostok', aliases: [], mentions: [] };
    const [ru, city, p] = geocodePlaces('', [place('Russia'), place('Vladivostok'), person]);
    expect(ru?.countryCode).toBe('RU');
    expect(city?.geonameId).toBe(2013348);
    expect(city?.lat).toBeCloseTo(43.11, 1);
    expect(p).toBe(person);
  });
});
