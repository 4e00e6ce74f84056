/**
 * The offline gazetteer: GeoNames populated places (≥ 500 inhabitants), first-level regions and countries,
 * built by `scripts/build-gazetteer.ts` into `data/`. Loaded once, lazily, into a name index (a Map from the
 * normalised name to its candidates), so a lookup costs one hash probe.
 *
 * Data: GeoNames (https://www.geonames.org, CC BY 4.0); countries from `world-countries` (ODbL 1.0).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export type PlaceKind = 'country' | 'region' | 'city';

export interface GazetteerPlace {
  kind: PlaceKind;
  name: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  /** GeoNames admin1 code ("12", "CA"), for cities and regions; "" for countries. */
  admin1: string;
  population: number;
  /** GeoNames feature code (PPLC capital, PPLA admin seat…); "PCLI" for countries, "ADM1" for regions. */
  feature: string;
  geonameId: number | null;
}

export interface Country extends GazetteerPlace {
  /** The English demonym ("Russian", "North Korean"), if known. */
  demonym: string | null;
  capital: string | null;
}

export interface Gazetteer {
  /** Every place whose name or alternative spelling normalises like `name`. */
  lookup(name: string): readonly GazetteerPlace[];
  country(code: string): Country | undefined;
  /** The country whose demonym is `word` ("Russian" → RU). */
  countryOfDemonym(word: string): Country | undefined;
}

interface RegionsFile {
  countries: {
    cc: string;
    name: string;
    names: string[];
    demonym: string | null;
    lat: number;
    lon: number;
    capital: string | null;
  }[];
  regions: { code: string; cc: string; name: string; lat: number; lon: number }[];
}

// `new URL` relative to this module works from both src/analyze/gazetteer and dist/analyze/gazetteer.
const DATA = new URL('../../../src/analyze/gazetteer/data/', import.meta.url);

const NON_ASCII = /[^\x00-\x7f]/;

/** Lower-case, strip accents, dots and apostrophes, hyphens as spaces: "U.S." = "US", "Sŏnbong" = "Sonbong". */
export function normalizePlaceName(name: string): string {
  // Most names are plain ASCII, where NFD and the mark strip change nothing and cost most of the time.
  return (NON_ASCII.test(name) ? name.normalize('NFD').replace(/\p{M}/gu, '') : name)
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[-‐–\s]+/g, ' ')
    .trim();
}

let cached: Gazetteer | null = null;

/** The process-wide gazetteer, read from disk on first use (~0.3 s), then shared. */
export function gazetteer(): Gazetteer {
  cached ??= loadGazetteer();
  return cached;
}

function loadGazetteer(): Gazetteer {
  const index = new Map<string, GazetteerPlace[]>();
  const add = (name: string, p: GazetteerPlace): void => {
    const key = normalizePlaceName(name);
    if (!key) return;
    const list = index.get(key);
    if (!list) index.set(key, [p]);
    else if (!list.includes(p)) list.push(p);
  };
  const regionsFile = JSON.parse(readFileSync(new URL('regions.json', DATA), 'utf8')) as RegionsFile;
  const byCode = new Map<string, Country>();
  const byDemonym = new Map<string, Country>();
  for (const c of regionsFile.countries) {
    const country: Country = {
      kind: 'country',
      name: c.name,
      lat: c.lat,
      lon: c.lon,
      countryCode: c.cc,
      admin1: '',
      population: Number.MAX_SAFE_INTEGER, // a country outranks any city of the same name
      feature: 'PCLI',
      geonameId: null,
      demonym: c.demonym,
      capital: c.capital,
    };
    byCode.set(c.cc, country);
    if (c.demonym) byDemonym.set(c.demonym.toLowerCase(), country);
    for (const n of c.names) add(n, country);
  }
  for (const r of regionsFile.regions) {
    const region: GazetteerPlace = {
      kind: 'region',
      name: r.name,
      lat: r.lat,
      lon: r.lon,
      countryCode: r.cc,
      admin1: r.code.slice(r.cc.length + 1),
      population: 0,
      feature: 'ADM1',
      geonameId: null,
    };
    add(r.name, region);
  }
  // Cities stay one string, sorted by key at build time, and are binary-searched in place: building 200k
  // objects or a Map of them at start-up costs seconds, a line-offset table costs milliseconds.
  const tsv = gunzipSync(readFileSync(new URL('places.tsv.gz', DATA))).toString('utf8');
  const starts: number[] = [];
  for (let at = 0; at < tsv.length; at = tsv.indexOf('\n', at) + 1 || tsv.length) starts.push(at);
  /**
   * The key of line i compared with `key` in place, as `<` compares strings (UTF-16 code units): slicing every
   * probed key cost a string allocation per step of every binary search, most of them for names not in it.
   */
  const compareKeyAt = (i: number, key: string): number => {
    const start = starts[i]!;
    for (let k = 0; ; k++) {
      const c = tsv.charCodeAt(start + k);
      const tab = c === 9 || Number.isNaN(c);
      if (k === key.length) return tab ? 0 : 1;
      if (tab) return -1;
      const d = c - key.charCodeAt(k);
      if (d) return d;
    }
  };
  const parsed = new Map<number, GazetteerPlace>();
  const cityAt = (i: number): GazetteerPlace => {
    let place = parsed.get(i);
    if (place) return place;
    const end = tsv.indexOf('\n', starts[i]!);
    const c = tsv.slice(starts[i]!, end < 0 ? tsv.length : end).split('\t');
    place = {
      kind: 'city',
      geonameId: Number(c[1]),
      name: c[2]!,
      lat: Number(c[3]),
      lon: Number(c[4]),
      countryCode: c[5]!,
      admin1: c[6]!,
      population: Number(c[7]),
      feature: c[8]!,
    };
    parsed.set(i, place);
    return place;
  };
  const cities = (key: string): GazetteerPlace[] => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareKeyAt(mid, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    const out: GazetteerPlace[] = [];
    for (let i = lo; i < starts.length && compareKeyAt(i, key) === 0; i++) out.push(cityAt(i));
    return out;
  };
  // Names recur across articles; a bounded memo spares the normalisation and the binary search.
  const memo = new Map<string, GazetteerPlace[]>();
  const lookup = (name: string): GazetteerPlace[] => {
    let hit = memo.get(name);
    if (hit) return hit;
    const key = normalizePlaceName(name);
    const known = key ? (index.get(key) ?? []) : [];
    const found = key ? cities(key) : [];
    hit = found.length ? [...known, ...found] : known;
    if (memo.size > 100_000) memo.clear();
    memo.set(name, hit);
    return hit;
  };
  return {
    lookup,
    country: (code) => byCode.get(code.toUpperCase()),
    countryOfDemonym: (word) => byDemonym.get(word.toLowerCase()),
  };
}
