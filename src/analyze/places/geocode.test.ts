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

  it('reads the country of a place that can be only one as context', () => {
    // Rotterdam is a city of 600,000 whose namesakes are small: the Netherlands is in the context.
    expect(contextCountries('Barges left Rotterdam at dawn.', [place('Rotterdam')]).has('NL')).toBe(true);
    // A name shared by towns of the same size sets none.
    expect(contextCountries('They met in Antwerp.', [place('Antwerp')]).size).toBe(0);
  });

  it('finds a large place by its English name before a small namesake of that very name', () => {
    const text = 'Cargo from Rotterdam went on to Antwerp and Hamburg by barge.';
    const [, antwerp] = geocodePlaces(text, [place('Rotterdam'), place('Antwerp'), place('Hamburg')]);
    expect(antwerp?.countryCode).toBe('BE');
    expect(antwerp?.lat).toBeCloseTo(51.2, 1);
    // Its own name wins when the context names its country: the Ohio village in an American story.
    expect(resolvePlace(['Antwerp'], new Set(['US']))?.countryCode).toBe('US');
    // Not when the name is a large place's own: the old name of a larger city does not displace it.
    expect(resolvePlace(['Victoria'], new Set(['CA']))?.countryCode).toBe('CA');
  });

  it('gives a small town abroad no point when the article is set elsewhere', () => {
    const text = 'Boats stayed in the harbour of Carro, west of Marseille, the French coastguard said.';
    const [, carro] = geocodePlaces(text, [place('Marseille'), place('Carro')]);
    expect(carro?.lat).toBeNull();
    expect(carro?.countryCode).toBeNull();
    // With no country in the context the namesake is the only reading.
    expect(resolvePlace(['Carro'], new Set())?.countryCode).toBe('IT');
  });

  it('never makes a continent, ocean or sea a town of its name', () => {
    const text = 'Tankers waited in the North Sea while containers from Asia were held in Hamburg.';
    const [sea, asia] = geocodePlaces(text, [place('North Sea'), place('Asia'), place('Hamburg')]);
    expect(sea?.countryCode).toBeNull();
    expect(sea?.lat).toBeCloseTo(56, 0); // the sea's own point, not a hamlet on Long Island
    expect(asia?.lat).toBeNull();
    expect(asia?.countryCode).toBeNull();
  });
});
