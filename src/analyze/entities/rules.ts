/**
 * Rule-based name finding. Stages:
 *   1. runs      — maximal runs of capitalised tokens, joined by name connectors ("Bank of Korea");
 *   2. trim      — drop sentence-initial ordinary words, titles and demonyms in front ("Russian President …");
 *   3. classify  — person / organization / place / other from suffixes, lexicons, gazetteer and context.
 * The result is one candidate per name, with token offsets; merging into entities happens in `chains.ts`.
 */
import { startsLower } from './letter-case.js';
import type { EntityKind } from '../../vocabulary.js';
import { NAME_CONNECTORS, NEVER_NAMES, ORG_HEADS_OF, PLACE_PREFIXES } from './lexicon.js';
import type { Token } from './tokenize.js';
import { bestPlace, wordInfo, wordInfoOf } from './wordinfo.js';

export interface NameCandidate {
  /** Token indices, end exclusive. */
  first: number;
  last: number;
  kind: EntityKind;
  /** A person title or role stood right before the name ("Comrade", "President"). */
  titled: boolean;
  /** Index of the first title token before the name, when titled ("Foreign" in "Foreign Minister Choe"). */
  titleFrom?: number;
  /** The kind rests on strong evidence (a title, an org suffix, a known outlet, a country, a big city). */
  strong?: boolean;
  /** A place inside a longer name ("Australia" in "Medical Journal of Australia"): a mention, but no vote. */
  nested?: boolean;
  /** An office held over a place or body, said without a name ("Emperor of the United States", `offices.ts`). */
  office?: boolean;
  /** The mention runs on past the name to this token (end exclusive): its locator ("Sydney, Australia"). */
  mentionLast?: number;
}

interface Classified {
  kind: EntityKind;
  strong: boolean;
}

const CAP = /^(?:\p{Lu}|\p{N}+\p{L})/u;
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^(?:\p{Lu}\.)+\p{Lu}$|^\p{Lu}[\p{Lu}&]{1,5}$/u;
/** Lower-case words right after a name that say what it is ("Yonhap news agency", "TBS broadcaster"). */
const ORG_AFTER: ReadonlySet<string> = new Set(['agency', 'broadcaster', 'newspaper', 'daily', 'network']);
/** Lower-case words right before a name that say what it is ("broadcaster TBS", "the town of Khasan"). */
const ORG_BEFORE: ReadonlySet<string> = new Set(['agency', 'broadcaster', 'newspaper', 'outlet', 'daily', 'company']);
const PLACE_BEFORE: ReadonlySet<string> = new Set(['town', 'city', 'village', 'capital', 'port', 'province', 'region']);
/** Prepositions of place: "in X", "to X" make a gazetteer hit of any size a place. */
const PLACE_PREPS: ReadonlySet<string> = new Set([
  'in',
  'to',
  'from',
  'near',
  'at',
  'of',
  'across',
  'toward',
  'towards',
]);

function isCap(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  // Most tokens are ASCII words or punctuation: skip the regex and the lower-casing. Digits need the regex.
  if (c < 128 && !(c >= 65 && c <= 90) && !(c >= 48 && c <= 57)) return false;
  if (startsLower(t.text)) return false;
  return CAP.test(t.text) && !NEVER_NAMES.has(t.text.toLowerCase());
}

/** A line break in text[from, to): looked for in that gap only (`indexOf` ran on to the paragraph's end). */
function newlineBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** Token indices that start a sentence, a line or a quotation: capitals there prove nothing. */
export function sentenceStarts(text: string, tokens: readonly Token[]): Set<number> {
  const starts = new Set<number>();
  for (let i = 0; i < tokens.length; i++) if (startsSentence(text, tokens, i)) starts.add(i);
  return starts;
}

/** Token `i` starts a sentence, a line or a quotation. */
export function startsSentence(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return true;
  if (prev.text.length === 1 && /^[.!?:;"“(—–-]$/.test(prev.text)) return true;
  return tokens[i]!.start - prev.end > 0 && newlineBetween(text, prev.end, tokens[i]!.start);
}

/** Find name candidates in one text. */
export function findNameCandidates(
  text: string,
  tokens: readonly Token[],
  starts: Set<number> = sentenceStarts(text, tokens),
): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (let i = 0; i < tokens.length;) {
    if (!isCap(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const t = tokens[j];
      if (!t) break;
      if (isCap(t) && !newlineBetween(text, tokens[j - 1]!.end, t.start)) j++;
      else if (NAME_CONNECTORS.has(t.text) && tokens[j + 1] && isCap(tokens[j + 1]!) && connectorFits(tokens, i, j))
        j += 2;
      else if (t.text === 'of' && tokens[j + 1]?.text === 'the' && tokens[j + 2] && isCap(tokens[j + 2]!))
        if (connectorFits(tokens, i, j))
          j += 3; // "Bank of the Philippine Islands"
        else break;
      else break;
    }
    for (const c of splitRun(tokens, i, j, starts)) {
      const classified = classify(tokens, c.first, c.last, c.titled);
      if (classified) {
        // c is splitRun's own: completed in place, keys in the order a spread gave (no object spread per name).
        c.kind = classified.kind;
        c.strong = classified.strong;
        out.push(c);
      }
    }
    i = j;
  }
  return out;
}

/** "of"/"for"/"and" join only after an organization head or inside particles of personal names. */
function connectorFits(tokens: readonly Token[], first: number, at: number): boolean {
  const word = tokens[at]!.text;
  const before = tokens[at - 1]!.text.toLowerCase();
  if (word === 'of' || word === 'for' || word === 'on')
    return (
      ORG_HEADS_OF.has(before) ||
      wordInfo(before).orgSuffix ||
      (word === 'of' && (wordInfo(before).placeSuffix || PLACE_PREFIXES.has(before))) // "Port of Genoa"
    );
  if (word === 'and' || word === '&')
    return (
      (wordInfoOf(tokens[at + 1]!.text).orgSuffix && at - first < 4) ||
      ordinaryPairOfBody(tokens, first, at) ||
      (word === 'and' && placeThroughAnd(tokens, first, at))
    );
  if (word === 'the') return false;
  return true; // de, van, von, bin, al…
}

/**
 * A country or region named with "and" inside a longer name ("Newfoundland and Labrador Court of Appeal", "Trinidad
 * and Tobago Defence Force"): the run before "and", or its end, and one to three words after it are one place the
 * gazetteer knows, and a capitalised word follows. Standing alone, such a place stays two names joined ("Antigua",
 * "Barbuda"), as GUM marks it.
 */
function placeThroughAnd(tokens: readonly Token[], first: number, at: number): boolean {
  for (let from = Math.max(first, at - 3); from < at; from++)
    for (let last = at + 2; last <= at + 4 && last <= tokens.length; last++) {
      if (!isCap(tokens[last - 1]!)) break;
      if (!tokens[last] || !isCap(tokens[last]!)) continue;
      const kind = bestPlace(phraseOf(tokens, from, last))?.kind;
      if (kind === 'country' || kind === 'region') return true;
    }
  return false;
}

/**
 * "Fire and Disaster Management Agency", "Science and Technology Committee": one or two ordinary words joined by "and"
 * to a capitalised run that ends in an organization's head name one body, no two.
 */
function ordinaryPairOfBody(tokens: readonly Token[], first: number, at: number): boolean {
  if (at - first > 2) return false;
  for (let k = first; k < at; k++) {
    const info = wordInfoOf(tokens[k]!.text);
    if (!info.common || info.place || info.person || info.title) return false;
  }
  for (let k = at + 1; k < at + 5 && tokens[k] && isCap(tokens[k]!); k++)
    if (k > at + 1 && wordInfoOf(tokens[k]!.text).orgSuffix) return true;
  return false;
}

/** Trim a capitalised run and split it at titles: "U.S. President Donald Trump" → "U.S." + "Donald Trump". */
function splitRun(tokens: readonly Token[], first: number, end: number, starts: Set<number>): NameCandidate[] {
  const out: NameCandidate[] = [];
  let i = first;
  // Sentence-initial ordinary words ("However", "State", "Photographs") are capitalised by position only.
  while (i < end && starts.has(i) && ordinaryAtStart(tokens, i, end) && !titleBeginsName(tokens, i, end)) i++;
  let titled = i > 0 && wordInfoOf(tokens[i - 1]!.text).title;
  let titleFrom: number | undefined;
  // "General Prelogar." at a sentence start: the title trimmed as an ordinary word still heads the mention.
  if (i > first && i < end && wordInfoOf(tokens[i - 1]!.text).title) {
    titleFrom = i - 1;
    while (titleFrom > first && wordInfoOf(tokens[titleFrom - 1]!.text).title) titleFrom--;
  }
  let k = i;
  while (k < end) {
    const info = wordInfoOf(tokens[k]!.text);
    if (info.title && k + 1 < end && !info.orgSuffix && !titleBeginsName(tokens, k, end)) {
      // Everything before the titles is a separate name (a place or a demonym: "U.S.", "Russian").
      if (titleFrom === undefined) {
        if (k > i) out.push(...prefixNames(tokens, i, k));
        titleFrom = k;
      }
      i = k + 1;
      titled = true;
    }
    k++;
  }
  if (i < end) out.push({ first: i, last: end, kind: 'other', titled, ...(titleFrom !== undefined && { titleFrom }) });
  return out;
}

const SAINTS: ReadonlySet<string> = new Set(['st', 'st.', 'saint', 'ste', 'ste.', 'sainte']);

/**
 * A title word that begins a name of its own, no person: "St. Petersburg", "Prince Edward Island" (a place the
 * gazetteer knows: a country or region, a city of 100,000 or more, any city after a saint's title and a
 * preposition of place), "General Motors" (an organization the lexicon knows), "Queen Street", "King County" (the
 * title and one suffix word that is no ordinary word).
 */
function titleBeginsName(tokens: readonly Token[], at: number, end: number): boolean {
  if (!wordInfoOf(tokens[at]!.text).title) return false;
  const phrase = phraseOf(tokens, at, end);
  const place = bestPlace(phrase);
  if (place && (place.kind !== 'city' || place.population >= 100_000)) return true;
  const saint = SAINTS.has(tokens[at]!.text.toLowerCase());
  if (place && saint && PLACE_PREPS.has(tokens[at - 1]?.text.toLowerCase() ?? '')) return true;
  if (wordInfo(phrase.toLowerCase()).org) return true;
  if (end - at !== 2) return false;
  const suffix = wordInfoOf(tokens[at + 1]!.text);
  return (suffix.placeSuffix || suffix.orgSuffix) && !suffix.common;
}

/** The part before a title: a country or place is named ("U.S."), a demonym is not ("Russian"). */
function prefixNames(tokens: readonly Token[], first: number, end: number): NameCandidate[] {
  const phrase = phraseOf(tokens, first, end);
  if (wordInfoOf(phrase).demonym || wordInfoOf(tokens[end - 1]!.text).demonym) return [];
  return [{ first, last: end, kind: 'other', titled: false }];
}

/**
 * The run from `i` opens with a place of two to four words that the gazetteer knows as a country, a region or a city
 * of 100,000 or more ("New York", "South Korea", "Grand Rapids"): its ordinary first word is part of the name, not a
 * capital of position. A smaller town of the same words is no evidence ("Best Western" names no town here).
 */
function opensKnownPlace(tokens: readonly Token[], i: number, end: number): boolean {
  for (let last = i + 2; last <= Math.min(end, i + 4); last++) {
    const place = bestPlace(phraseOf(tokens, i, last));
    if (place && (place.kind !== 'city' || place.population >= 100_000)) return true;
  }
  return false;
}

function ordinaryAtStart(tokens: readonly Token[], i: number, end: number): boolean {
  const t = tokens[i]!;
  if (ACRONYM.test(t.text)) return false;
  const info = wordInfoOf(t.text);
  if (info.person || info.place || info.org || info.outlet || info.institution) return false;
  if (i + 1 < end && PLACE_PREFIXES.has(t.text.toLowerCase().replace(/\.$/, ''))) return false; // "Mount Hagen"
  if (i + 1 < end && opensKnownPlace(tokens, i, end)) return false; // "New York's", "South Africa", "Long Beach"

  if (info.common || info.title) return true;
  if (i + 1 < end) return false; // "Korean Central …": the next word is capitalised too
  return !bestPlace(t.text);
}

/** Tokens from `from` on read case-insensitively as `words` (lower-case): "posted by", "kind regards". */
export function wordsAt(tokens: readonly Token[], from: number, words: readonly string[]): boolean {
  return words.every((w, k) => tokens[from + k]?.text.toLowerCase() === w);
}

/**
 * The words of tokens[first, last) joined by single spaces: the form names are looked up by. Joined by hand, with no
 * slice and no array of texts; a one-word phrase is the token's own text, whose hash V8 has kept when it was looked
 * up before (a joined copy is a new string to hash). Bounds past either end read as `slice` reads them.
 */
export function phraseOf(tokens: readonly Token[], first: number, last: number): string {
  if (first < 0 || last > tokens.length)
    return tokens
      .slice(first, last)
      .map((t) => t.text)
      .join(' ');
  if (last - first === 1) return tokens[first]!.text;
  let phrase = '';
  for (let k = first; k < last; k++) phrase = k === first ? tokens[k]!.text : `${phrase} ${tokens[k]!.text}`;
  return phrase;
}

/**
 * An acronym the gazetteer does not know, then a place, is a company or broadcaster's regional arm ("JR Kyushu",
 * "BBC Scotland"), no place: a place is never named with an acronym in front.
 */
/** Capitals before a place that tell the time, no company ("9 AM Houston time"). */
const CLOCK_TIMES: ReadonlySet<string> = new Set(['AM', 'PM', 'GMT', 'UTC', 'EST', 'EDT', 'CET', 'JST']);

function regionalBranch(tokens: readonly Token[], first: number, last: number): boolean {
  const lead = tokens[first]!.text;
  if (last - first < 2 || !/^\p{Lu}{2,5}$/u.test(lead) || CLOCK_TIMES.has(lead)) return false;
  // "NEW DELHI", "JIM WATSON": a line in capitals is no acronym and its name.
  if (bestPlace(lead) || wordInfoOf(lead).place || !/\p{Ll}/u.test(tokens[first + 1]!.text)) return false;
  return bestPlace(phraseOf(tokens, first + 1, last)) !== null;
}

/** The kind of the name tokens[first, last), or null when it is no name (a lone demonym). */
function classify(tokens: readonly Token[], first: number, last: number, titled: boolean): Classified | null {
  const phrase = phraseOf(tokens, first, last);
  const lower = phrase.toLowerCase();
  const words = tokens.slice(first, last).map((t) => t.text.toLowerCase());
  const head = words[words.length - 1]!;
  // Bounds checked before indexing: a read before the array's start is a slow keyed lookup and de-optimises.
  const prev = first >= 1 ? tokens[first - 1]!.text.toLowerCase() : '';
  const prev2 = first >= 2 ? tokens[first - 2]!.text.toLowerCase() : '';
  const next = last < tokens.length ? tokens[last]!.text.toLowerCase() : '';
  const whole = wordInfo(lower);
  if (whole.demonym && !titled) return null;
  if (whole.institution || whole.outlet || whole.body) return { kind: 'organization', strong: true };
  if (/\d/.test(phrase)) return { kind: 'other', strong: false };
  if (titled) return { kind: 'person', strong: true };
  if (regionalBranch(tokens, first, last)) return { kind: 'organization', strong: true };
  const place = bestPlace(phrase);
  if (place && place.kind !== 'city') return { kind: 'place', strong: true }; // "Russian Federation" is a country before a federation
  // "Bay of Bengal", "Isle of Man": the word before "of" names a kind of place; "Court of Appeal", "Medical
  // Journal of Australia": a kind of organization.
  const of = words.indexOf('of');
  if (of > 0 && wordInfo(words[of - 1]!).placeSuffix && !ORG_HEADS_OF.has(words[of - 1]!))
    return { kind: 'place', strong: true };
  if (of > 0 && (wordInfo(words[of - 1]!).orgSuffix || ORG_HEADS_OF.has(words[of - 1]!)))
    return { kind: 'organization', strong: true };
  if (wordInfo(head).orgSuffix) return { kind: 'organization', strong: true };
  if (ORG_AFTER.has(next) || ORG_BEFORE.has(prev)) return { kind: 'organization', strong: true };
  if (words.length > 1 && wordInfo(head).placeSuffix) return { kind: 'place', strong: true };
  if (words.length > 1 && PLACE_PREFIXES.has(words[0]!.replace(/\.$/, ''))) return { kind: 'place', strong: true };
  if (whole.org) return { kind: 'organization', strong: false };
  if (place && place.population >= 100_000) return { kind: 'place', strong: true };
  if (place && (PLACE_BEFORE.has(prev2) || PLACE_BEFORE.has(prev) || PLACE_PREPS.has(prev)))
    return { kind: 'place', strong: false };
  if (whole.place) return { kind: 'place', strong: false };
  // "(WHO)" right after a name is that name's acronym: an organization unless the gazetteer says otherwise.
  if (ACRONYM.test(phrase)) return { kind: 'organization', strong: prev === '(' && next === ')' };
  const firstInfo = wordInfo(words[0]!);
  if (words.length >= 2 && (firstInfo.firstName || wordInfo(head).lastName)) return { kind: 'person', strong: false };
  if (whole.person) return { kind: 'person', strong: false };
  if (words.length >= 2 && words.length <= 4 && words.every((w) => !wordInfo(w).common))
    return { kind: 'person', strong: false };
  if (place) return { kind: 'place', strong: false };
  return { kind: 'other', strong: false };
}
