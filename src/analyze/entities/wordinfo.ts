/**
 * What the lexicons know about one word or phrase: compromise's English lexicon (names, places, organizations,
 * common words), Dateline's own tables, and the gazetteer. Shared by the rules and the tagger's features.
 */
import nlp from 'compromise';
import { gazetteer, type GazetteerPlace } from '../gazetteer/gazetteer.js';
import {
  BRANDS,
  INSTITUTION_METONYMS,
  NEWS_OUTLETS,
  POLITICAL_BODIES,
  ORG_SUFFIXES,
  PERSON_TITLES,
  PLACE_SUFFIXES,
} from './lexicon.js';

/** compromise lexicon tags grouped into what they say about a capitalised word. */
const NAME_TAGS: ReadonlySet<string> = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
const PLACE_TAGS: ReadonlySet<string> = new Set(['Place', 'Country', 'City', 'Region']);
const ORG_TAGS: ReadonlySet<string> = new Set(['Organization', 'SportsTeam']);

export interface WordInfo {
  firstName: boolean;
  /** compromise files the given name as male only ("kurt") or female only ("stephanie"). */
  male: boolean;
  female: boolean;
  lastName: boolean;
  person: boolean;
  place: boolean;
  org: boolean;
  demonym: boolean;
  /** compromise knows it only as an ordinary word (verb, adjective, determiner…). */
  common: boolean;
  title: boolean;
  orgSuffix: boolean;
  placeSuffix: boolean;
  outlet: boolean;
  institution: boolean;
  /** A party, movement, armed group or international body named bare ("Hamas", "UN"), or a brand (`BRANDS`). */
  body: boolean;
}

let lexicon: Record<string, string | string[]> | null = null;

/** compromise's lexicon tags of a lower-cased word ("grew" → ["PastTense"]); none when it does not know it. */
export function lexiconTags(lower: string): string[] {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const t = lexicon[lower];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

const cache = new Map<string, WordInfo>();

/** Lexicon facts about a lower-cased word or space-joined phrase. */
export function wordInfo(word: string): WordInfo {
  let info = cache.get(word); // keyed by the word as asked, so that a hit skips the test below
  if (info) return info;
  const end = word.length - 1;
  const lower = end > 0 && word.charCodeAt(end) === 46 && word.indexOf('.') === end ? word.slice(0, -1) : word; // "dr." as "dr"
  info = cache.get(lower);
  if (info) {
    cache.set(word, info);
    return info;
  }
  info = lexiconFacts(lower);
  if (cache.size > 50_000) cache.clear(); // bounded: hostile input must not grow memory without end
  cache.set(lower, info);
  cache.set(word, info);
  return info;
}

/** `wordInfo` of a word not asked about before: its lexicon tags read in one pass. */
function lexiconFacts(lower: string): WordInfo {
  let firstName = false;
  let maleTag = false;
  let femaleTag = false;
  let lastName = false;
  let person = false;
  let place = false;
  let org = false;
  let demonymTag = false;
  let proper = false; // a name, place, organization or proper-noun tag: without one, a known word is common
  const tags = lexiconTags(lower);
  for (const t of tags) {
    if (NAME_TAGS.has(t)) {
      person = proper = true;
      if (t === 'FirstName') firstName = true;
      else if (t === 'MaleName') firstName = maleTag = true;
      else if (t === 'FemaleName') firstName = femaleTag = true;
      else if (t === 'LastName') lastName = true;
    } else if (PLACE_TAGS.has(t)) place = proper = true;
    else if (ORG_TAGS.has(t)) org = proper = true;
    else if (t === 'ProperNoun') proper = true;
    else if (t === 'Demonym') demonymTag = true;
  }
  const g = gazetteer();
  return {
    firstName,
    male: maleTag && !femaleTag,
    female: femaleTag && !maleTag,
    lastName,
    person,
    place,
    org: org || POLITICAL_BODIES.has(lower) || BRANDS.has(lower),
    // compromise files some country names as demonyms ("philippines"); a country is no demonym.
    demonym:
      (demonymTag || g.countryOfDemonym(lower) !== undefined) && !g.lookup(lower).some((p) => p.kind === 'country'),
    common: tags.length > 0 && !proper,
    title: PERSON_TITLES.has(lower),
    orgSuffix: ORG_SUFFIXES.has(lower),
    placeSuffix: PLACE_SUFFIXES.has(lower),
    outlet: NEWS_OUTLETS.has(lower),
    institution: INSTITUTION_METONYMS.has(lower),
    body: POLITICAL_BODIES.has(lower) || BRANDS.has(lower),
  };
}

/** The gazetteer's best reading of a phrase as a place: a country or region, else its most populous city. */
export function bestPlace(phrase: string): GazetteerPlace | null {
  const found = gazetteer().lookup(phrase);
  let best: GazetteerPlace | null = null;
  for (const p of found) {
    const rank = p.kind === 'country' ? Infinity : p.kind === 'region' ? 1e6 : p.population;
    const bestRank = !best ? -1 : best.kind === 'country' ? Infinity : best.kind === 'region' ? 1e6 : best.population;
    if (rank > bestRank) best = p;
  }
  return best;
}

/** A capitalised word, or run of capitalised parts ("Azurix", "DataVault"). */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*$/u;

/** A capitalised word that neither the word lexicon nor the gazetteer knows: a name of something unlisted. */
export function unknownCapitalisedWord(word: string): boolean {
  return CAPITALISED_WORD.test(word) && lexiconTags(word.toLowerCase()).length === 0 && bestPlace(word) === null;
}

const byForm = new Map<string, WordInfo>();

/**
 * `wordInfo(word.toLowerCase())`, kept by the word as printed: callers pass token texts, whose hash V8 keeps,
 * where lower-casing made a fresh string to hash on every call.
 */
export function wordInfoOf(word: string): WordInfo {
  let info = byForm.get(word);
  if (info === undefined) {
    info = wordInfo(word.toLowerCase());
    if (byForm.size > 50_000) byForm.clear(); // bounded, as `cache` above
    byForm.set(word, info);
  }
  return info;
}
