/**
 * Continents, oceans and seas are no populated places, though the gazetteer (populated places, regions and
 * countries) has towns of their names: "North Sea" a hamlet on Long Island, "Asia" a town in the Philippines,
 * "Pacific" two towns in the United States. Such a name must not become the town.
 *
 * - A continent or an ocean is a known feature without a point: a map of an article about Rotterdam that names
 *   "Asia" would span half the globe for a mark that says nothing.
 * - A sea, gulf or strait of `SEAS` gets its point (a map of a strike that left ships "at anchor in the North Sea"
 *   shows the sea); another name ending in such a word, or opening with "Sea of", "Gulf of"…, gets no town's point.
 *
 * Coordinates are rough centres of the water (one decimal), the same for every article.
 */

export interface Feature {
  name: string;
  lat: number;
  lon: number;
}

// prettier-ignore
const CONTINENTS_AND_OCEANS: readonly string[] = [
  'Africa', 'Antarctica', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Central America',
  'Oceania', 'Eurasia', 'Atlantic', 'Pacific', 'Atlantic Ocean', 'Pacific Ocean', 'Indian Ocean', 'Arctic Ocean',
  'Southern Ocean', 'Arctic', 'Antarctic',
];

/** Seas, gulfs and straits of the news, with a rough centre. */
// prettier-ignore
const SEAS: readonly Feature[] = [
  { name: 'North Sea', lat: 56, lon: 3 },
  { name: 'Baltic Sea', lat: 58, lon: 19.5 },
  { name: 'Baltic', lat: 58, lon: 19.5 },
  { name: 'Mediterranean', lat: 35, lon: 18 },
  { name: 'Mediterranean Sea', lat: 35, lon: 18 },
  { name: 'Black Sea', lat: 43.4, lon: 34 },
  { name: 'Caspian Sea', lat: 41.7, lon: 50.6 },
  { name: 'Red Sea', lat: 20.3, lon: 38.5 },
  { name: 'Arabian Sea', lat: 15, lon: 65 },
  { name: 'Persian Gulf', lat: 26.9, lon: 51.5 },
  { name: 'Gulf of Aden', lat: 12.6, lon: 47.9 },
  { name: 'Gulf of Mexico', lat: 25, lon: -90 },
  { name: 'Caribbean Sea', lat: 15, lon: -75 },
  { name: 'South China Sea', lat: 12, lon: 114 },
  { name: 'East China Sea', lat: 29, lon: 125 },
  { name: 'Yellow Sea', lat: 36, lon: 123 },
  { name: 'Sea of Japan', lat: 40, lon: 135 },
  { name: 'Sea of Okhotsk', lat: 53, lon: 150 },
  { name: 'Bering Sea', lat: 58, lon: -178 },
  { name: 'Barents Sea', lat: 74, lon: 40 },
  { name: 'Norwegian Sea', lat: 69, lon: 4 },
  { name: 'Irish Sea', lat: 53.8, lon: -5 },
  { name: 'Adriatic Sea', lat: 43, lon: 15.5 },
  { name: 'Aegean Sea', lat: 39, lon: 25 },
  { name: 'Tasman Sea', lat: -38, lon: 160 },
  { name: 'Coral Sea', lat: -18, lon: 155 },
  { name: 'English Channel', lat: 50.2, lon: -1.5 },
  { name: 'Strait of Hormuz', lat: 26.6, lon: 56.3 },
  { name: 'Taiwan Strait', lat: 24.5, lon: 119.5 },
  { name: 'Bosphorus', lat: 41.1, lon: 29.05 },
  { name: 'Kerch Strait', lat: 45.3, lon: 36.5 },
];

const key = (name: string): string =>
  name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

const NO_POINT: ReadonlySet<string> = new Set(CONTINENTS_AND_OCEANS.map(key));
const SEA_BY_KEY: ReadonlyMap<string, Feature> = new Map(SEAS.map((s) => [key(s.name), s]));

/** The last word of a name of water or of a sea floor, or its first words: "Kuril Trench", "Sea of Azov". */
// Not a town "on Sea" or "by the Sea" (Southend-on-Sea, normalised "southend on sea").
const WATER_LAST = /(?<!\s(?:on|by|the))\s(?:sea|ocean|gulf|strait|straits|channel|bight|trench|lagoon|estuary)$/;
const WATER_FIRST = /^(?:sea|gulf|bay|strait|straits|bight) of\s/;

/**
 * What a natural-feature name reads as: a sea's centre, `null` for a feature without a point (a continent, an
 * ocean, a water or sea-floor name not in the table), `undefined` when the name is no such feature.
 */
export function naturalFeature(name: string): Feature | null | undefined {
  const k = key(name);
  const sea = SEA_BY_KEY.get(k);
  if (sea) return sea;
  if (NO_POINT.has(k) || WATER_LAST.test(k) || WATER_FIRST.test(k)) return null;
  return undefined;
}
