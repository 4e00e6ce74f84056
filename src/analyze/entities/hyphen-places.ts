/**
 * Place names built with a joining word between hyphens: French communes and départements ("Aix-en-Provence",
 * "Bouches-du-Rhône", "Boulogne-sur-Mer", "Saint-Rémy-de-Provence"), English towns ("Stratford-upon-Avon",
 * "Southend-on-Sea"), German and Italian ones ("Frankfurt-am-Main", "Reggio-di-Calabria"). People and
 * organizations are not named so: the shape is a place's, whatever follows it. The tagger read "the Bouches-du-Rhône
 * fire service" as an organization, from the article and the lower-case service after it.
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';

/** Capitalised parts joined by hyphens around at least one lower-case joining word. */
const JOIN = String.raw`(?:de|du|des|en|sur|sous|lès|lez|le|la|les|aux|upon|on|under|am|an|im|ob|di|del|della|dello)`;
const PART = String.raw`\p{Lu}[\p{L}'’]+`;
const JOINED_PLACE = new RegExp(String.raw`^${PART}(?:-${PART})*(?:-${JOIN}(?:-${JOIN})?-${PART}(?:-${PART})*)+$`, 'u');

/** The name of one word is a place when the word has the shape of a joined place name. */
export function hyphenatedPlaces(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  return candidates.map((c) =>
    c.last - c.first === 1 && c.kind !== 'place' && JOINED_PLACE.test(tokens[c.first]!.text)
      ? { ...c, kind: 'place', strong: true }
      : c,
  );
}
