/**
 * Places listed with places: "dead in Mosul, Baiji, and Tuz", "in Tikrit and Huwaijah", "in San Jose, Palo Alto,
 * San Francisco". Small towns the gazetteer lacks (or knows under another spelling) were no candidates at all: the
 * tagger reads a capitalised word with nothing known about it as no name. A capitalised word or two that no lexicon
 * knows (as an ordinary word, a person's name, an organization), right beside a place in a list (after a place and a
 * comma, "and" or "or", or before "and"/"or" and a place), where the list goes on or ends after it, is a place too.
 * Run after the locators are attached, so that a listed town is no host of one.
 */
import { NEVER_NAMES } from './lexicon.js';
import { phraseOf, type NameCandidate } from './rules.js';
import { startsUpper } from './letter-case.js';
import type { Token } from './tokenize.js';
import { bestPlace, wordInfoOf } from './wordinfo.js';

const JOINS: ReadonlySet<string> = new Set([',', 'and', 'or']);
const WORD = /^\p{Lu}(?:\p{Ll}|['’-]?\p{Lu}\p{Ll})+$/u;

/** A capitalised word no lexicon knows anything about. */
function unknownWord(t: Token | undefined): boolean {
  // startsUpper first: WORD opens with a capital, and the character test spares the expression on most words.
  if (!t || !startsUpper(t.text) || !WORD.test(t.text) || NEVER_NAMES.has(t.text.toLowerCase())) return false;
  const info = wordInfoOf(t.text);
  return !(
    info.common ||
    info.firstName ||
    info.lastName ||
    info.person ||
    info.org ||
    info.title ||
    info.orgSuffix ||
    info.demonym ||
    info.outlet
  );
}

/** Words after a listed place: the list goes on or ends ("Baiji, and", "Tuz.", "Kasna in Greater Noida"). */
const AFTER_PLACE: ReadonlySet<string> = new Set(['in', 'on', 'at', 'near', 'of', 'to', 'from', 'as', 'etc']);
function listGoesOn(next: Token | undefined): boolean {
  return !next || /^[,.;:!?)\]…-]$/.test(next.text) || JOINS.has(next.text) || AFTER_PLACE.has(next.text);
}

/** A country or region: a locator, no member of a list of towns. */
function wider(tokens: readonly Token[], c: NameCandidate | undefined): boolean {
  const kind = c && bestPlace(phraseOf(tokens, c.first, c.last))?.kind;
  return kind === 'country' || kind === 'region';
}

/** `candidates` with unknown capitalised words listed beside a place added as places. */
export function listedPlaces(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const taken = new Uint8Array(tokens.length);
  for (const c of candidates) taken.fill(1, c.first, c.mentionLast ?? c.last);
  const placeAt = new Map<number, NameCandidate>(); // by first and by last token
  for (const c of candidates)
    if (c.kind === 'place' && !c.nested) {
      placeAt.set(c.first, c);
      placeAt.set(-(c.mentionLast ?? c.last), c);
    }
  // Nothing is added unless a place is found beside the word, and only an added place joins the map: with no place
  // to begin with the scan below finds nothing (a text that names no place).
  if (placeAt.size === 0) return [...candidates];
  const added: NameCandidate[] = [];
  // unknownWord of each token asked once (0 not yet, 1 no, 2 yes): the scan asks it of a token up to four times.
  // `taken` changes as places are added, so it is read each time; the word's reading never does.
  const unknown = new Uint8Array(tokens.length + 2);
  const free = (i: number): boolean => {
    if (taken[i]) return false;
    if (unknown[i] === 0) unknown[i] = unknownWord(tokens[i]) ? 2 : 1;
    return unknown[i] === 2;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!free(i) || (i > 0 && free(i - 1))) continue;
    let last = i + 1;
    if (free(last)) last++;
    if (free(last)) continue; // three unknown words: a title or a heading, no town
    // A place ends right before the join before it, or starts right after the join after it (", and" too).
    let before = i - 1;
    if (tokens[before]?.text === 'and' && tokens[before - 1]?.text === ',') before--;
    let after = last;
    if (tokens[after]?.text === ',' && tokens[after + 1]?.text === 'and') after++;
    // A comma after the word may bring its locator ("Esna, Egypt"), which says nothing of the word: only "and" and
    // "or" join it to a place after it.
    // After a place and a comma, the word may be that place's locator ("Kinneret, Tiberias.", "Oldham, Lancashire,
    // England"): the list must go on after it, with no country or region next.
    const next = tokens[last]?.text;
    const listed =
      tokens[i - 1]?.text !== ',' ||
      next === 'and' ||
      next === 'or' ||
      (next === ',' && !wider(tokens, placeAt.get(last + 1)));
    const left = JOINS.has(tokens[i - 1]?.text ?? '') && placeAt.has(-before) && listed;
    const right = (tokens[last]?.text === 'and' || tokens[last]?.text === 'or') && placeAt.has(after + 1);
    if ((!left && !right) || !listGoesOn(tokens[last])) continue;
    added.push({ first: i, last, kind: 'place', titled: false });
    taken.fill(1, i, last);
    placeAt.set(-last, added[added.length - 1]!); // "Mosul, Baiji, and Tuz": the next joins this one
    i = last - 1;
  }
  if (!added.length) return [...candidates];
  return [...candidates, ...added].sort((a, b) => a.first - b.first);
}
