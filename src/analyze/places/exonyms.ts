/**
 * Other names of the larger places (≥ 100,000 inhabitants) from GeoNames' alternative names: "Antwerp" for
 * Antwerpen, "Cologne" for Köln. Built by `scripts/build-place-exonyms.ts` into `data/exonyms.tsv.gz` (GeoNames,
 * CC BY 4.0); read once, lazily, by the geocoder only (the entity stage's gazetteer keeps its keys).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { cityFromRow, normalizePlaceName, type GazetteerPlace } from '../gazetteer/gazetteer.js';

// `new URL` relative to this module works from both src/analyze/places and dist/analyze/places.
const FILE = new URL('../../../src/analyze/places/data/exonyms.tsv.gz', import.meta.url);

let index: Map<string, GazetteerPlace[]> | null = null;

function load(): Map<string, GazetteerPlace[]> {
  const out = new Map<string, GazetteerPlace[]>();
  for (const line of gunzipSync(readFileSync(FILE)).toString('utf8').split('\n')) {
    const c = line.split('\t');
    if (c.length < 9) continue;
    const place = cityFromRow(c);
    const list = out.get(c[0]!);
    if (list) list.push(place);
    else out.set(c[0]!, [place]);
  }
  return out;
}

/** The larger places that `name` is another name of ("Antwerp" → Antwerpen, BE); none when it is no such name. */
export function placesByOtherName(name: string): readonly GazetteerPlace[] {
  index ??= load();
  return index.get(normalizePlaceName(name)) ?? [];
}
