/**
 * What the lexicons know about one word or phrase: compromise's English lexicon (names, places, organizations,
 * common words), Dateline's own tables, and the gazetteer. Shared by the rules and the tagger's features.
 */
import nlp from 'compromise';
import { gazetteer, type GazetteerPlace } from '../gazetteer/gazetteer.js';
import {
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
/** Tags that mark a word as an ordinary English word when it is capitalised only by position. */
const PROPER_TAGS: ReadonlySet<string> = new Set([...NAME_TAGS, ...PLACE_TAGS, ...ORG_TAGS, 'ProperNoun']);

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
  /** A party, movement, armed group or international body named bare ("Hamas", "UN"). */
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
  const lower = /^[^.]+\.$/.test(word) ? word.slice(0, -1) : word; // "dr." as "dr"
  info = cache.get(lower);
  if (info) {
    cache.set(word, info);
    return info;
  }
  const tags = lexiconTags(lower);
  info = {
    firstName: tags.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName'),
    male: tags.includes('MaleName') && !tags.includes('FemaleName'),
    female: tags.includes('FemaleName') && !tags.includes('MaleName'),
    lastName: tags.includes('LastName'),
    person: tags.some((t) => NAME_TAGS.has(t)),
    place: tags.some((t) => PLACE_TAGS.has(t)),
    org: tags.some((t) => ORG_TAGS.has(t)) || POLITICAL_BODIES.has(lower),
    // compromise files some country names as demonyms ("philippines"); a country is no demonym.
    demonym:
      (tags.includes('Demonym') || gazetteer().countryOfDemonym(lower) !== undefined) &&
      !gazetteer()
        .lookup(lower)
        .some((p) => p.kind === 'country'),
    common: tags.length > 0 && !tags.some((t) => PROPER_TAGS.has(t)),
    title: PERSON_TITLES.has(lower),
    orgSuffix: ORG_SUFFIXES.has(lower),
    placeSuffix: PLACE_SUFFIXES.has(lower),
    outlet: NEWS_OUTLETS.has(lower),
    institution: INSTITUTION_METONYMS.has(lower),
    body: POLITICAL_BODIES.has(lower),
  };
  if (cache.size > 50_000) cache.clear(); // bounded: hostile input must not grow memory without end
  cache.set(lower, info);
  cache.set(word, info);
  return info;
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
