/**
 * The planets of the solar system are no places on a map: "transit Venus in the fourth house", "Mercury and Venus
 * are conjunct", "a probe to Mars". The gazetteer knows towns of those names (Venus, Texas; Mercury, Nevada), and
 * the tagger and the geocoder took them for places; neither GUM nor UNER types a planet as a place name. A planet's
 * name stays a name of kind other, unless a locator follows it as a town's ("Venus, Texas").
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { bestPlace } from './wordinfo.js';

// prettier-ignore
const PLANETS: ReadonlySet<string> = new Set([
  'Mercury', 'Venus', 'Mars', 'Jupiter', 'Saturn', 'Uranus', 'Neptune', 'Pluto',
]);

/** `candidates` with a planet read as a place made other. */
export function planetsAsNoPlaces(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  return candidates.map((c) => {
    if (c.kind !== 'place' || c.last - c.first !== 1 || !PLANETS.has(tokens[c.first]!.text)) return c;
    const locator = tokens[c.last]?.text === ',' && tokens[c.last + 1] && bestPlace(tokens[c.last + 1]!.text);
    if (locator && locator.kind !== 'city') return c;
    return { ...c, kind: 'other', strong: false };
  });
}
