/**
 * Geocoding of place entities from the offline gazetteer. A name with several candidates ("Moscow", Russia or
 * Idaho) is settled by the article's context — the countries it names, implies by demonym ("the eastern
 * Russian city of Vladivostok") or by a place that can be only one ("Rotterdam", a city of 600,000 whose namesakes
 * are small) — then by rank (country, capital, admin seat) and population. A name is also read as another name of a
 * larger place ("Antwerp" for Antwerpen, `exonyms.ts`), one order of magnitude below a place of that very name. A
 * continent, ocean or sea never becomes a town of its name (`features.ts`), and a small town abroad — in none of the
 * countries of an article whose context names some — is no reading: it was a namesake, the place the article meant
 * being missing from the gazetteer (a harbour quarter, a hamlet).
 */
import type { Entity } from '../../vocabulary.js';
import { memoByText } from '../entities/text-memo.js';
import { gazetteer, type GazetteerPlace } from '../gazetteer/gazetteer.js';
import { placesByOtherName } from './exonyms.js';
import { naturalFeature } from './features.js';

/** A town under this many inhabitants outside the article's countries is taken for a namesake, no reading. */
const SMALL_ABROAD = 10_000;

/** A city this large, ahead of its namesakes by an order of magnitude, sets the context by its country. */
const SURE_CITY = 100_000;

/** Feature codes that make a city the likelier reading of its name (GeoNames feature classes). */
const FEATURE_BONUS: Readonly<Record<string, number>> = {
  PPLC: 2, // capital of a country
  PPLA: 1, // seat of a first-order division
  PPLA2: 0.5, // seat of a second-order division
};

/** Country codes the text names or implies: country entities and demonyms ("Russian" → RU). */
export function contextCountries(text: string, entities: readonly Entity[]): Set<string> {
  const g = gazetteer();
  const out = new Set<string>();
  for (const e of entities) {
    if (e.kind !== 'place') continue;
    const readings = g.lookup(e.name);
    for (const p of readings) if (p.kind === 'country') out.add(p.countryCode);
    const sure = sureReading(readings);
    if (sure) out.add(sure.countryCode);
  }
  // An exec loop on one expression: matchAll clones the expression on every call, and this scan reads the whole
  // text. The same capitalised words recur article after article, so their demonym readings are kept by the word
  // as printed (countryOfDemonym lower-cases a fresh string to hash on every ask).
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(text); m !== null; m = CAPITALISED.exec(text)) {
    const c = demonymCountry(m[0]);
    if (c !== null) out.add(c);
  }
  return out;
}

/** A capitalised word, or two joined by one space ("South Korean"): the demonyms' shape. */
const CAPITALISED = /\b\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\b/gu;

const demonymCountry = memoByText((word) => gazetteer().countryOfDemonym(word)?.countryCode ?? null);

/**
 * The one reading of a name that leaves no doubt without context: a region, or a city of `SURE_CITY` inhabitants
 * or more, that outranks every namesake in another country by an order of magnitude.
 */
function sureReading(readings: readonly GazetteerPlace[]): GazetteerPlace | null {
  let best: GazetteerPlace | null = null;
  let bestScore = -Infinity;
  for (const p of readings) {
    const s = score(p, NO_CONTEXT);
    if (s > bestScore) [best, bestScore] = [p, s];
  }
  if (!best || best.kind === 'country' || (best.kind === 'city' && best.population < SURE_CITY)) return null;
  for (const p of readings) if (p.countryCode !== best.countryCode && score(p, NO_CONTEXT) > bestScore - 1) return null;
  return best;
}

const NO_CONTEXT: ReadonlySet<string> = new Set();

function score(p: GazetteerPlace, context: ReadonlySet<string>): number {
  if (p.kind === 'country') return 100;
  let s = Math.log10(p.population + 10);
  if (p.kind === 'region') s += 3; // a first-level region outranks a village of the same name
  s += FEATURE_BONUS[p.feature] ?? 0;
  if (context.has(p.countryCode)) s += 3; // worth three orders of magnitude of population
  return s;
}

/** The best gazetteer reading of a place name in this context, or null when the gazetteer lacks it. */
export function resolvePlace(names: readonly string[], context: ReadonlySet<string>): GazetteerPlace | null {
  let best: GazetteerPlace | null = null;
  let bestScore = -Infinity;
  const consider = (p: GazetteerPlace, s: number): void => {
    // A region and its same-named capital city share coordinates; the city carries the GeoNames id.
    if (s > bestScore || (s === bestScore && p.kind === 'city' && best?.kind === 'region')) {
      best = p;
      bestScore = s;
    }
  };
  let sure = false; // a reading by its own name that is a country or a city of SURE_CITY
  for (const n of names)
    for (const p of gazetteer().lookup(n)) {
      consider(p, score(p, context));
      sure ||= p.kind === 'country' || (p.kind === 'city' && p.population >= SURE_CITY);
    }
  // Another name of a larger place, unless the name is already a large city's own ("Victoria", a Canadian city of
  // 290,000, is also an old name of Hong Kong); a region of the name does not stop it ("Geneva", a canton, and the
  // city printed "Genève" in GeoNames).
  if (!sure) for (const n of names) for (const p of placesByOtherName(n)) consider(p, score(p, context) - 1);
  const found = best as GazetteerPlace | null;
  if (found?.kind === 'city' && found.population < SMALL_ABROAD && context.size > 0 && !context.has(found.countryCode))
    return null;
  return found;
}

/** Add lat, lon, countryCode and geonameId to the place entities (a new array; other entities unchanged). */
export function geocodePlaces(text: string, entities: readonly Entity[]): Entity[] {
  // The context only ranks places: a text naming none (11 of the 86 Scrapinghub dev articles, most image credits)
  // skips its scan of every capitalised word.
  if (!entities.some((e) => e.kind === 'place')) return entities.slice();
  const context = contextCountries(text, entities);
  return entities.map((e) => {
    if (e.kind !== 'place') return e;
    const names = [e.name, ...e.aliases];
    const feature = names.map(naturalFeature).find((f) => f !== undefined);
    if (feature !== undefined)
      return { ...e, lat: feature?.lat ?? null, lon: feature?.lon ?? null, countryCode: null, geonameId: null };
    const p = resolvePlace(names, context);
    if (!p) return { ...e, lat: null, lon: null, countryCode: null, geonameId: null };
    return { ...e, lat: p.lat, lon: p.lon, countryCode: p.countryCode, geonameId: p.geonameId };
  });
}
