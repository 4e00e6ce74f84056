/**
 * Towns read as people: "Evacuees allowed home in parts of Martigues" over a paragraph opening "Prefect Antoine
 * Mercier said …" (the tagger saw a title after the name, across the line break), "boats in the port of Carro". A
 * person named by one word is a place when the gazetteer knows the word as a town and the English lexicon not at all
 * (no given name, surname or word: "God", "Viking"), a preposition of place (not "to": "said to Okafor") or "port
 * of", "parts of" … stands before it, and the text never names someone with it (in a longer name, or after a title:
 * "Lena Carro", "Mayor Carro").
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { bestPlace, lexiconTags } from './wordinfo.js';

// prettier-ignore
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'from', 'near', 'at', 'across', 'around', 'between', 'through', 'into', 'outside', 'via',
]);
/** Nouns before "of" whose object is a place ("parts of Martigues", "the port of Carro"). */
// prettier-ignore
const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'parts', 'part', 'port', 'town', 'city', 'village', 'outskirts', 'suburbs', 'streets', 'north',
  'south', 'east', 'west', 'residents', 'mayor', 'people', 'area', 'region', 'commune', 'municipality', 'harbour',
  'harbor',
]);

function placeBefore(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.text.toLowerCase() ?? '';
  if (prev === 'of') return PLACE_NOUNS.has(tokens[i - 2]?.text.toLowerCase() ?? '');
  return PLACE_PREPOSITIONS.has(prev);
}

/** `candidates` with one-word people that are towns after a preposition of place made places. */
export function townsReadAsPeople(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const suspects = candidates.filter((c) => {
    if (c.kind !== 'person' || c.titled || c.last - c.first !== 1) return false;
    const word = tokens[c.first]!.text;
    return lexiconTags(word.toLowerCase()).length === 0 && bestPlace(word)?.kind === 'city';
  });
  if (!suspects.length) return [...candidates];
  // Words that name someone or something in the text: in a longer name of a person or of kind other ("Yasser
  // Arafat", however typed), or a titled person's.
  const personal = new Set<string>();
  for (const c of candidates)
    if ((c.kind === 'person' || c.kind === 'other') && (c.last - c.first > 1 || c.titled))
      for (let k = c.first; k < c.last; k++) personal.add(tokens[k]!.text);
  const towns = new Set<string>();
  for (const c of suspects)
    if (!personal.has(tokens[c.first]!.text) && placeBefore(tokens, c.first)) towns.add(tokens[c.first]!.text);
  if (!towns.size) return [...candidates];
  // Every mention of the town changes with it: the names propagated from the first are one entity.
  return candidates.map((c) =>
    suspects.includes(c) && towns.has(tokens[c.first]!.text) ? { ...c, kind: 'place' } : c,
  );
}
