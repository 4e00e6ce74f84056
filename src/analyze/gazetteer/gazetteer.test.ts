import { describe, expect, it } from 'vitest';
import { greatCircleKm } from './distance.js';
import { gazetteer, normalizePlaceName } from './gazetteer.js';

describe('gazetteer', () => {
  it('normalises dots, accents and hyphens', () => {
    expect(normalizePlaceName('U.S.')).toBe('us');
    expect(normalizePlaceName('Sŏnbong')).toBe('sonbong');
    expect(normalizePlaceName('Rostov-on-Don')).toBe('rostov on don');
  });

  it('finds small towns, capitals and countries with coordinates', () => {
    const g = gazetteer();
    const khasan = g.lookup('Khasan').find((p) => p.countryCode === 'RU');
    expect(khasan?.lat).toBeCloseTo(42.43, 1);
    expect(khasan?.lon).toBeCloseTo(130.64, 1);
    const pyongyang = g.lookup('Pyongyang').find((p) => p.kind === 'city');
    expect(pyongyang?.lat).toBeCloseTo(39.03, 1);
    expect(pyongyang?.geonameId).toBe(1871859);
    expect(g.lookup('U.S.').find((p) => p.kind === 'country')?.countryCode).toBe('US');
    expect(g.lookup('North Korea')[0]?.countryCode).toBe('KP');
    expect(g.countryOfDemonym('Russian')?.countryCode).toBe('RU');
    expect(g.lookup('Nowhere-on-Nothing-Zzz')).toEqual([]);
  });

  it('finds a place by any spelling that normalises alike, past the filter of unknown names', () => {
    const g = gazetteer();
    const ids = (name: string) => g.lookup(name).map((p) => `${p.countryCode}:${p.name}:${p.geonameId}`);
    const rostov = ids('rostov na donu');
    expect(rostov.length).toBeGreaterThan(0);
    for (const spelling of [
      'Rostov-na-Donu',
      'ROSTOV NA DONU',
      'Rostov  na Donu',
      ' rostov-na-donu ',
      'Róstov-na-Donu',
    ])
      expect(ids(spelling)).toEqual(rostov);
    expect(ids("St. John's")).toEqual(ids('st johns'));
    expect(ids('u.s.')).toEqual(ids('US'));
    expect(g.lookup('zzqx vlorp')).toEqual([]);
  });
});

describe('greatCircleKm', () => {
  it('measures Pyongyang–Vladivostok at about 680 km', () => {
    const d = greatCircleKm({ lat: 39.03, lon: 125.75 }, { lat: 43.12, lon: 131.89 });
    expect(d).toBeGreaterThan(670);
    expect(d).toBeLessThan(695);
  });

  it('is zero for one point and symmetric', () => {
    const a = { lat: 51.5, lon: -0.12 };
    const b = { lat: -33.87, lon: 151.21 };
    expect(greatCircleKm(a, a)).toBe(0);
    expect(greatCircleKm(a, b)).toBeCloseTo(greatCircleKm(b, a), 6);
    expect(greatCircleKm(a, b)).toBeGreaterThan(16_900);
  });
});
