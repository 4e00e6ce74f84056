/**
 * Recognises place entities that are whole countries, so the map shades the country instead of putting a dot
 * at its centroid. Names are Natural Earth's as used by world-atlas; the table maps common spellings to them.
 */
import { worldCountries } from './world-topology.js';

/** Spellings in news text → Natural Earth short name (only where they differ). */
const ALIASES: Readonly<Record<string, string>> = {
  'united states': 'United States of America',
  us: 'United States of America',
  usa: 'United States of America',
  'u.s.': 'United States of America',
  america: 'United States of America', // in news text "America" is nearly always the USA
  uk: 'United Kingdom',
  britain: 'United Kingdom',
  'great britain': 'United Kingdom',
  uae: 'United Arab Emirates',
  'czech republic': 'Czechia',
  'south sudan': 'S. Sudan',
  'ivory coast': "Côte d'Ivoire",
  'dominican republic': 'Dominican Rep.',
  'central african republic': 'Central African Rep.',
  'democratic republic of the congo': 'Dem. Rep. Congo',
  'dr congo': 'Dem. Rep. Congo',
  'bosnia and herzegovina': 'Bosnia and Herz.',
  'east timor': 'Timor-Leste',
  'north macedonia': 'Macedonia',
  'equatorial guinea': 'Eq. Guinea',
  'republic of korea': 'South Korea',
  dprk: 'North Korea',
};

let byName: Map<string, string> | null = null;

/** The Natural Earth name of the country this place name denotes, or null for cities, regions and the rest. */
export function countryName(name: string): string | null {
  if (!byName) {
    byName = new Map(
      worldCountries()
        .map((c) => c.feature.properties?.name)
        .filter((n): n is string => !!n)
        .map((n) => [n.toLowerCase(), n]),
    );
  }
  const key = name
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '');
  return byName.get(key) ?? ALIASES[key] ?? null;
}
