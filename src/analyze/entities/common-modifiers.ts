/**
 * A common noun opening a sentence before a group of people is no name: "Port officials said …", "Harbour
 * authorities", "City workers", "State media". The capital is the sentence's; the word modifies the plural or role
 * noun after it, and a small town the gazetteer has under that word ("Port", a French village) is not what it means.
 * A one-word place or person there, not backed by strong evidence (a title; a country, region or big city in the gazetteer: "Bath officials"), whose word
 * is a common English word, is dropped. A place that is no English word stays ("Paris officials", "Moscow police").
 */
import { isCommonWord } from './common-words.js';
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { bestPlace } from './wordinfo.js';

/** Plural and role nouns that a modifying word opens ("officials", "workers", "media"). */
// prettier-ignore
const GROUP_HEADS: ReadonlySet<string> = new Set([
  'officials', 'authorities', 'workers', 'officers', 'media', 'residents', 'staff', 'employees', 'leaders',
  'sources', 'inspectors', 'engineers', 'managers', 'crews', 'firefighters', 'police', 'spokesman', 'spokeswoman',
  'spokesperson', 'chiefs', 'councillors', 'councilors', 'lawmakers', 'prosecutors', 'investigators', 'planners',
  'regulators', 'administrators', 'commissioners', 'agents', 'guards', 'operators', 'owners', 'users', 'traders',
  'farmers', 'fishermen', 'dockers', 'dockworkers', 'pilots', 'volunteers', 'rescuers', 'doctors', 'nurses',
  'teachers', 'students', 'drivers', 'passengers',
]);

/** `candidates` without one-word places and people that are a common noun opening a sentence before a group noun. */
export function commonModifiers(
  tokens: readonly Token[],
  candidates: readonly NameCandidate[],
  starts: ReadonlySet<number>,
): NameCandidate[] {
  return candidates.filter((c) => {
    if (c.last - c.first !== 1 || !starts.has(c.first)) return true;
    if ((c.kind !== 'place' && c.kind !== 'person') || c.strong || c.titled || c.nested || c.office) return true;
    if (c.mentionLast !== undefined && c.mentionLast > c.last) return true; // "Port, France"
    const word = tokens[c.first]!.text;
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !isCommonWord(word.toLowerCase())) return true;
    if (!GROUP_HEADS.has(tokens[c.last]?.text ?? '')) return true;
    const place = bestPlace(word); // a country, region or big city is the place it names ("Bath officials")
    return place !== null && (place.kind !== 'city' || place.population >= 100_000);
  });
}
