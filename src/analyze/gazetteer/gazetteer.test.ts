import { describe, expect, it } from 'vitest';
import { greatCircleKm } from './distance.js';
import { gazetteer, keyHash, normalizePlaceName, plainKeyHash, utf8KeyHash } from './gazetteer.js';

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

  it('hashes a plain name as its normalised key, for every character it reads without normalising', () => {
    const normalisedHash = (name: string) => {
      const key = normalizePlaceName(name);
      return keyHash(key, 0, key.length);
    };
    let plain = 0;
    const wrong: string[] = [];
    for (let code = 128; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      for (const name of [c, `a${c}b`, `${c}${c} ${c}-Ab`]) {
        const hash = plainKeyHash(name);
        if (hash === -1) continue;
        plain++;
        if (hash !== normalisedHash(name)) wrong.push(`U+${code.toString(16)} in ${JSON.stringify(name)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(plain).toBeGreaterThan(10_000); // Cyrillic, Greek, CJK … are read without normalising
    for (const name of ['москва', 'Москва', 'αθήνα', 'Άθως', 'İzmir', 'ΟΔΟΣ', 'Zürich', 'Hà Nội'])
      if (plainKeyHash(name) !== -1) expect(plainKeyHash(name)).toBe(normalisedHash(name));
    expect(plainKeyHash('ΟΔΟΣ')).toBe(-1); // final sigma lowers by context
    expect(plainKeyHash('İzmir')).toBe(-1); // lowers to two characters
  });

  it('tells which phrases of a run of words it may know, the others certain to be no place', () => {
    const g = gazetteer();
    const words = ['went', 'to', 'rostov', 'na', 'donu', 'москва', 'вчера', 'днём'];
    // Odd words too: empty, separators, a hyphen inside the first word, a dash opening the second.
    const odd = ['new', '', 'york', 'rostov-na', 'donu', 'new', '-york', 'san', '‐francisco', 'new', 'york'];
    for (const list of [words, odd])
      for (let from = 0; from < list.length; from++)
        for (let count = 1; from + count <= list.length && count <= 3; count++) {
          const bits = g.mayName(list, from, count);
          for (let n = 1; n <= count; n++)
            if (!(bits & (1 << (n - 1)))) expect(g.lookup(list.slice(from, from + n).join(' '))).toEqual([]);
        }
    expect(g.mayName(words, 2, 3) & 4).toBe(4); // "rostov na donu"
    expect(g.mayName(odd, 9, 2) & 2).toBe(2); // "new york"
    expect(g.mayName(odd, 3, 2) & 2).toBe(2); // "rostov-na donu"
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

describe('utf8KeyHash', () => {
  it('hashes UTF-8 bytes as keyHash hashes the text they decode to, surrogate pairs included', () => {
    for (const s of ['new york', 'são paulo', 'köln am rhein', 'москва', '東京都', 'ḩalab', '𐌰𐌱 town 😀', '']) {
      const bytes = Buffer.from(`x\t${s}\t`, 'utf8');
      const start = 2;
      const end = bytes.length - 1;
      expect(utf8KeyHash(bytes, start, end), s).toBe(keyHash(s, 0, s.length));
    }
  });
});
