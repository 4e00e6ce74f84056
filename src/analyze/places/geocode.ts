/**
 * Geocoding of place entities from the offline gazetteer. A name with several candidates ("Moscow", Russia or
 * Idaho) is settled by the article's context — the countries it names or implies by demonym ("the eastern
 * Russian city of Vladivostok") — then by rank (country, capital, admin seat) and population.
 */
import type { Entity } from '../../vocabulary.js';
import { memoByText } from '../entities/text-memo.js';
import { gazetteer, type GazetteerPlace } from '../gazetteer/gazetteer.js';

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
    for (const p of g.lookup(e.name)) if (p.kind === 'country') out.add(p.countryCode);
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
  for (const n of names)
    for (const p of gazetteer().lookup(n)) {
      const s = score(p, context);
      // A region and its same-named capital city share coordinates; the city carries the GeoNames id.
      if (s > bestScore || (s === bestScore && p.kind === 'city' && best?.kind === 'region')) {
        best = p;
        bestScore = s;
      }
    }
  return best;
}

/** Add lat, lon, countryCode and geonameId to the place entities (a new array; other entities unchanged). */
export function geocodePlaces(text: string, entities: readonly Entity[]): Entity[] {
  // The context only ranks places: a text naming none (11 of the 86 Scrapinghub dev articles, most image credits)
  // skips its scan of every capitalised word.
  if (!entities.some((e) => e.kind === 'place')) return entities.slice();
  const context = contextCountries(text, entities);
  return entities.map((e) => {
    if (e.kind !== 'place') return e;
    const p = resolvePlace([e.name, ...e.aliases], context);
    if (!p) return { ...e, lat: null, lon: null, countryCode: null, geonameId: null };
    return { ...e, lat: p.lat, lon: p.lon, countryCode: p.countryCode, geonameId: p.geonameId };
  });
}
