/**
 * Pronoun and definite-description resolution for speakers ("It also stated…", "He said…", "The company
 * said…"). In order: a compatible person named earlier in the same sentence (its subject: "Morrison cited his
 * testimony, in which he said …"); the most recent compatible speaker of an earlier attribution nearby; the most
 * recent compatible entity mentioned before. Genders learnt from earlier "he"/"she" keep "she" off a man.
 */
import type { Entity } from '../../vocabulary.js';
import {
  mentionsBetween,
  mentionsOf,
  ROLE_PHRASE,
  type IndexedMention,
  type PartyKind,
  type ResolvedParty,
} from './parties.js';
import { firstStartAtOrAfter } from './first-start-at.js';
import { lexiconTags, wordInfo } from '../entities/wordinfo.js';
import { ANONYMOUS_HEADS, DOCUMENT_NOUNS } from './party-kinds.js';
import { speakerLike } from './speaker-like.js';
import { unnamedAntecedent } from './unnamed-antecedents.js';
import { isSpaceCode } from '../../extract/body/word-count.js';

/** How far back (characters) an earlier speaker or mention still counts as the antecedent. */
const SPEAKER_WINDOW = 1200;

export type PronounKind = 'person' | 'thing' | 'plural';

const COMPATIBLE: Readonly<Record<PronounKind, readonly PartyKind[]>> = {
  person: ['person'],
  thing: ['organization'],
  plural: ['group', 'description', 'organization'],
};

/** Where a pronoun stands and what it is, for resolution. */
export interface PronounSite {
  pronoun: PronounKind;
  /** The words as printed: "he", "The company". */
  text: string;
  at: number;
  sentenceStart: number;
  /** The body text the offsets are in (body.text). */
  body: string;
}

/**
 * Gender by party name: known from an honorific or learnt from the pronouns resolved so far; `likely` holds what a
 * first name suggests ("Kurt Volker", "Stephanie Grisham"), a prior that evidence overrides.
 */
export class Genders extends Map<string, 'he' | 'she'> {
  readonly likely = new Map<string, 'he' | 'she'>();
}

/** Honorifics that say a person's gender: "Mr. Trump", "Ms. Persson". */
const HONORIFIC = /\b(?:(Mr)|(Mrs|Ms|Miss))\.?\s*$/;

/**
 * Genders known before any pronoun: people the text calls "Mr."/"Mrs."/"Ms." in some mention; and, as a prior,
 * people whose name starts with a given name the lexicon knows as only male or only female.
 */
export function knownGenders(text: string, entities: readonly Entity[]): Genders {
  const out = new Genders();
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    const given = givenNameGender(e.name);
    if (given) out.likely.set(e.name, given);
    for (const m of e.mentions) {
      const h = HONORIFIC.exec(text.slice(Math.max(0, m.start - 6), m.start));
      const inside = /^(?:(Mr)|(Mrs|Ms|Miss))\.?\s/.exec(text.slice(m.start, m.end));
      const g = h ?? inside;
      if (g) {
        out.set(e.name, g[1] ? 'he' : 'she');
        break;
      }
    }
  }
  return out;
}

/** The antecedent of a pronoun, or null when none is compatible. */
export function resolvePronoun(
  site: PronounSite,
  history: readonly ResolvedParty[],
  entities: readonly Entity[],
  genders: Genders,
): ResolvedParty | null {
  const found = antecedent(site, history, entities, genders);
  const gender = genderOf(site.text);
  if (found && (gender === 'he' || gender === 'she')) genders.set(found.party.name, gender);
  return found;
}

function antecedent(
  site: PronounSite,
  history: readonly ResolvedParty[],
  entities: readonly Entity[],
  genders: Genders,
): ResolvedParty | null {
  const gender = genderOf(site.text);
  // "the novelist", "the executive": a role noun read as a person's pronoun (parties.ts); "the company" is no person.
  const role = site.pronoun === 'person' ? ROLE_PHRASE.exec(site.text)?.[1] : undefined;
  const described = role ? describedAs(site, entities, role) : null;
  if (described) return described;
  if (gender !== 'he' && gender !== 'she')
    return (
      search(site, history, entities, () => true, genders) ??
      (gender === 'it' ? (unnamedBodySpeaker(site, history, genders) ?? unnamedAntecedent(site, history)) : null)
    );
  // A first name's gender is only a prior: when no antecedent fits it ("Kim Jong Un … he", a family name first),
  // the search runs again on what is known alone.
  const known = (name: string): boolean => !genders.has(name) || genders.get(name) === gender;
  const likely = (name: string): boolean =>
    genders.has(name) || !genders.likely.has(name) || genders.likely.get(name) === gender;
  return (
    search(site, history, entities, (name) => known(name) && likely(name)) ??
    search(site, history, entities, known) ??
    surnameSpeaker(site, history, known) ??
    topicPerson(site, entities, (name) => known(name) && likely(name)) ??
    topicPerson(site, entities, known) ??
    bareNameBefore(site, history, entities, known) ??
    unnamedAntecedent(site, history)
  );
}

/**
 * Words before a name that make it the relay of the sentence's words, not its subject: "According to Kest Radio, she
 * said …" (the station is no "she").
 */
const RELAY_BEFORE = /\b(?:according\s+to|citing|per)\s+(?:the\s+)?$/i;

/** How far (characters) from a person's mention the text may call them by a role: "Pharma’s chief executive, Ivey". */
const ROLE_REACH = 40;

/**
 * "the executive" after "Halden Pharma’s chief executive, Marcus Ivey, appeared … Under questioning from Rep. Dolores
 * Achterberg, the executive acknowledged …": a role noun goes with the latest person named before it whom the text
 * calls by that role right beside a mention (in the same sentence, within ROLE_REACH), nearer persons or not.
 */
function describedAs(site: PronounSite, entities: readonly Entity[], role: string): ResolvedParty | null {
  const word = new RegExp(`\\b${role}\\b`, 'i');
  let best: { entity: Entity; at: number } | null = null;
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    for (const m of e.mentions) {
      if (m.end > site.at || (best && m.start <= best.at)) continue;
      const before = site.body.slice(Math.max(0, m.start - ROLE_REACH), m.start);
      const after = site.body.slice(m.end, Math.min(m.end + ROLE_REACH, site.at)); // the role word itself aside
      const near = before.slice(Math.max(before.search(/[.!?]\s[^.!?]*$/), 0)) + ' ' + after.split(/[.!?]\s/)[0];
      if (word.test(near)) best = { entity: e, at: m.start };
    }
  }
  if (!best) return null;
  const e = best.entity;
  return { party: { entityId: e.id, name: e.name, text: site.text, anonymous: false }, kind: 'person', at: site.at };
}

/**
 * 'Thomas Aldridge (born 1952) is an English composer. … [paragraphs on his career] … In a 1998 interview, he said
 * …': with no compatible person within the window, "he"/"she" goes on with the text's topic, the compatible person
 * named most often before it (the latest of equals). A biography or a profile names its subject, then goes on with
 * pronouns for paragraphs; left unresolved, the record names no one.
 */
function topicPerson(
  site: PronounSite,
  entities: readonly Entity[],
  fits: (name: string) => boolean,
): ResolvedParty | null {
  let best: { entity: Entity; count: number; last: number } | null = null;
  for (const e of entities) {
    if (e.kind !== 'person' || !fits(e.name)) continue;
    let count = 0;
    let last = -1;
    for (const m of e.mentions)
      if (m.end <= site.at) {
        count++;
        last = Math.max(last, m.start);
      }
    if (count > 0 && (!best || count > best.count || (count === best.count && last > best.last)))
      best = { entity: e, count, last };
  }
  if (!best) return null;
  return {
    party: { entityId: best.entity.id, name: best.entity.name, text: site.text, anonymous: false },
    kind: 'person',
    at: site.at,
  };
}

/**
 * '…, Roscosmos said in a statement. It said …': with no organization to take "it", the latest named speaker that
 * the entity model took for a place or a person, with no sign of a man or a woman (an honorific, a given name, an
 * earlier "he"/"she"), is the body that spoke: "it" names no person, and a place that speaks is its government.
 */
function unnamedBodySpeaker(
  site: PronounSite,
  history: readonly ResolvedParty[],
  genders: Genders,
): ResolvedParty | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]!;
    if (site.at - h.at > SPEAKER_WINDOW) break;
    const p = h.party;
    if (p.anonymous || !/^\p{Lu}/u.test(p.name) || (h.kind !== 'place' && h.kind !== 'person')) continue;
    if (genders.has(p.name) || genders.likely.has(p.name)) return null;
    return { party: { ...p, text: site.text }, kind: 'organization', at: site.at };
  }
  return null;
}

/** Last words of a company's name: "Dick Clark Productions", "Warner Records", "Acme Holdings". */
const COMPANY_END =
  /\s(?:Productions|Records|Entertainment|Studios|Pictures|Group|Inc|Corp|Ltd|LLC|Holdings|Partners|Enterprises|Industries|Technologies|Motors|Airlines|Foods)\.?$/;

/**
 * A speaker the entity model took for a person or a place, named by one capitalised word in full (its entity never
 * named with a given name: "Roscosmos", not "Nguyen" of "Anh Nguyen"), with no sign of a man or a woman.
 */
function oneWordBody(h: ResolvedParty, entities: readonly Entity[], genders: Genders): boolean {
  const p = h.party;
  if (p.anonymous || !p.entityId || (h.kind !== 'place' && h.kind !== 'person')) return false;
  if (!/^\p{Lu}[\p{L}-]+$/u.test(p.name) || genders.has(p.name) || genders.likely.has(p.name)) return false;
  const e = entities.find((x) => x.id === p.entityId);
  return !!e && e.name === p.name && !/\s/.test(e.name);
}

/**
 * "But Arroyo said the government has … She said …": with no person to take "he"/"she", a speaker named by one
 * capitalised word that no entity covers, or that the entity model took for a place, is likely a surname.
 */
function surnameSpeaker(
  site: PronounSite,
  history: readonly ResolvedParty[],
  fits: (name: string) => boolean,
): ResolvedParty | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]!;
    if (site.at - h.at > SPEAKER_WINDOW) break;
    const p = h.party;
    if ((!p.entityId || h.kind === 'place') && !p.anonymous && /^\p{Lu}\p{Ll}+$/u.test(p.name) && fits(p.name))
      return { party: { ...p, text: site.text }, kind: 'person', at: site.at };
  }
  return null;
}

function search(
  site: PronounSite,
  history: readonly ResolvedParty[],
  entities: readonly Entity[],
  fits: (name: string) => boolean,
  genders?: Genders,
): ResolvedParty | null {
  const { pronoun, at, text } = site;
  const kinds = COMPATIBLE[pronoun];
  const asEntity = (e: Entity): ResolvedParty => ({
    party: { entityId: e.id, name: e.name, text, anonymous: false },
    kind: e.kind === 'person' ? 'person' : 'organization',
    at,
  });
  if (pronoun === 'person') {
    // A name inside a quotation is no subject of the sentence: '"Pat Carlineo is passionate …," she said'.
    const subject = mentionsBetween(entities, site.sentenceStart, at).find(
      (m) =>
        m.entity.kind === 'person' &&
        m.end <= at &&
        fits(m.entity.name) &&
        !insideQuotation(site.body, site.sentenceStart, m.start) &&
        !RELAY_BEFORE.test(site.body.slice(Math.max(site.sentenceStart, m.start - 20), m.start)),
    );
    if (subject) return asEntity(subject.entity);
    const opener = subjectSince(site, history, entities, fits);
    const newcomer = paragraphNewcomer(site, history, entities, fits);
    // A subject of an earlier paragraph gives way to a person the pronoun's own paragraph brings in.
    if (opener && !(newcomer && opener.start < paragraphStartOf(site))) return asEntity(opener.entity);
    if (newcomer) return asEntity(newcomer.entity);
    const bare = bareNameOpener(site, history, entities, fits);
    if (bare) return { party: { entityId: null, name: bare, text, anonymous: false }, kind: 'person', at };
    const handle = opener ? null : paragraphHandle(site, history);
    if (handle) return { party: { entityId: null, name: handle, text, anonymous: false }, kind: 'person', at };
  }
  // "The Afghan Taliban, however, claimed responsibility for the helicopter, which it said crashed …": "it" goes with
  // the organization that opens its own sentence.
  if (pronoun === 'thing' && text.toLowerCase() === 'it') {
    const subject = mentionsBetween(entities, site.sentenceStart, at).find(
      (m) =>
        m.entity.kind !== 'person' &&
        m.entity.kind !== 'place' &&
        m.start <= firstWordAt(site.body, site.sentenceStart),
    );
    if (subject) return asEntity(subject.entity);
  }
  if (pronoun === 'plural' && text.toLowerCase() === 'they') {
    const group =
      peopleInSentence(site) ?? peopleOpeningOwnSentence(site) ?? peopleOpeningSentenceBefore(site, history);
    if (group) return group.kind === 'group' ? withFullNames(group, site, entities) : group;
  }
  // "The Reddick campaign released its numbers. It said …": an institution opening the sentence before.
  if (pronoun === 'thing' && text.toLowerCase() === 'it') {
    const body =
      peopleOpeningSentenceBefore(site, history, 'body') ?? namedBodyOpeningSentenceBefore(site, history, entities);
    if (body) return body;
  }
  // "The company" points back to a named organization, never to a description ("the ministry").
  const definite = !/^(?:he|she|it|they|his|her|its|their)$/i.test(text);
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]!;
    if (at - h.at > SPEAKER_WINDOW) break;
    // '…, Roscosmos said in a statement. It said …': a body the entity model took for a person, nearer than any
    // organization that spoke, is what "it" stands for (see unnamedBodySpeaker).
    if (genders && !definite && text.toLowerCase() === 'it' && oneWordBody(h, entities, genders))
      return { party: { ...h.party, text }, kind: 'organization', at };
    const pair = pronoun === 'plural' && !definite ? coordinatedSpeaker(history, i) : null;
    if (pair) return { party: { ...pair.party, text }, kind: 'group', at };
    if (!kinds.includes(h.kind) || !fits(h.party.name) || (definite && !h.party.entityId)) continue;
    if (pronoun === 'plural' && !pluralAgrees(h)) continue;
    if (pronoun !== 'plural' || h.kind !== 'organization' || h.party.anonymous)
      return { ...h, party: { ...h.party, text }, at };
  }
  // "Big Machine have twice denied … “…,” they said": British style speaks of an organization in the plural; with no
  // group of people to take "they", the latest organization that spoke does (an unresolved "they" names nobody).
  if (pronoun === 'plural') {
    const people = text.toLowerCase() === 'they' ? peopleNamedInSentenceBefore(site, history) : null;
    if (people) return people;
    for (let i = history.length - 1; i >= 0; i--) {
      const h = history[i]!;
      if (at - h.at > SPEAKER_WINDOW) break;
      // A named speaker no entity calls a person ("Big Machine", read as a name) may be that organization too.
      // A company the entity model took for a person by its founder's name ("Dick Clark Productions") is one too.
      const named =
        h.kind === 'organization' ||
        (h.kind === 'person' && ((!h.party.entityId && !h.party.anonymous) || COMPANY_END.test(h.party.name)));
      if (named && !definite) return { ...h, party: { ...h.party, text }, at };
    }
    return null;
  }
  // The nearest mention before the pronoun: scan the sorted index backwards from `at`.
  const index = mentionsOf(entities);
  for (let i = firstStartAtOrAfter(index, at) - 1; i >= 0; i--) {
    const m = index[i]!;
    if (at - m.end > SPEAKER_WINDOW) break;
    const kind = m.entity.kind === 'other' ? 'organization' : m.entity.kind;
    if (m.end <= at && kinds.includes(kind) && fits(m.entity.name)) return asEntity(m.entity);
  }
  return null;
}

/** Where the latest person who spoke within the window and fits the pronoun spoke, or -1 when none did. */
function lastFittingPersonAt(
  site: PronounSite,
  history: readonly ResolvedParty[],
  fits: (name: string) => boolean,
): number {
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]!;
    if (site.at - h.at > SPEAKER_WINDOW) break;
    if (h.kind === 'person' && fits(h.party.name)) return h.at;
  }
  return -1;
}

/**
 * 'Morrison was the third witness … who listened in on … Zelensky. He said …': a person who opens a sentence after
 * the last compatible speaker is the topic the pronoun goes on with, though other people were named since. The
 * nearest such subject wins, back to that speaker or the window's edge (a bounded scan of the sorted mentions).
 */
function subjectSince(
  site: PronounSite,
  history: readonly ResolvedParty[],
  entities: readonly Entity[],
  fits: (name: string) => boolean,
): IndexedMention | null {
  const last = lastFittingPersonAt(site, history, fits);
  const from = last >= 0 ? last : site.at - SPEAKER_WINDOW;
  const index = mentionsOf(entities);
  for (let i = firstStartAtOrAfter(index, site.sentenceStart) - 1; i >= 0; i--) {
    const m = index[i]!;
    if (m.start <= from) break;
    if (
      m.entity.kind === 'person' &&
      fits(m.entity.name) &&
      opensSentence(site.body, m.start, m.end, m.entity.aliases) &&
      !captionLine(site.body, m.end)
    )
      return m;
  }
  return null;
}

/**
 * '“…,” Farrow said of Banks. Banks was more modest. “I just try to do my job,” he said.': a bare surname the
 * entity model missed, opening a sentence after the last compatible speaker, is the subject "he"/"she" goes on with,
 * as subjectSince's named openers are. A name, not a capitalised common word: the text also prints it capitalised
 * inside a sentence, on its own ("said of Banks"), and never in lower case; the lexicon knows it as no first name,
 * place, organization, demonym or title; no entity the stage found covers it there, and no person or speaker already
 * named carries it (those are subjectSince's, by their full names).
 */
function bareNameOpener(
  site: PronounSite,
  history: readonly ResolvedParty[],
  entities: readonly Entity[],
  fits: (name: string) => boolean,
): string | null {
  const from = lastFittingPersonAt(site, history, fits);
  if (from < 0 || from >= site.sentenceStart) return null;
  const span = site.body.slice(from, site.sentenceStart);
  let found: string | null = null;
  for (const m of span.matchAll(/(?:^|[.!?]["”’]?\s+|\n\s*)(\p{Lu}\p{Ll}+)\s+\p{Ll}/gu)) {
    const word = m[1]!;
    const at = from + m.index + m[0].lastIndexOf(word);
    if (insideQuotation(site.body, from, at)) continue;
    if (bareName(word, at, site.body, history, entities) && fits(word)) found = word;
  }
  return found;
}

/**
 * A capitalised word at `at` the entity model missed that is a surname, not a common word: the text also prints it
 * capitalised inside a sentence, on its own ("said of Banks"), and never in lower case; the lexicon knows it as no
 * first name, place, organization, demonym or title; no entity covers it there, and no person or speaker already named
 * carries it (those are subjectSince's, by their full names).
 */
function bareName(
  word: string,
  at: number,
  body: string,
  history: readonly ResolvedParty[],
  entities: readonly Entity[],
): boolean {
  if (PRONOUN_LIKE.test(word)) return false;
  const info = wordInfo(word.toLowerCase());
  if (info.firstName || info.place || info.org || info.demonym || info.title) return false;
  // After a lower-case word, or set off after one ("Her husband, Kenji, runs …").
  if (!afterLowerCase(word, body)) return false;
  // A word the text also prints in lower case ("To get …", "to") is a common one.
  if (printedInLowerCase(word, body)) return false;
  const covered = mentionsBetween(entities, at, at + word.length).some(
    (e) => e.entity.kind !== 'person' && e.start <= at && e.end >= at + word.length,
  );
  return !covered && !namedAlready(word, history, entities);
}

/**
 * The text prints `word` after a lower-case word and a space, or a comma and a space, and not before a capitalised
 * word: /\p{Ll},?\s+WORD\b(?!\s+\p{Lu})/u read at each occurrence of the word. That expression tried its first
 * letter at every lower-case letter of the body, once per candidate name (1.5% of a warm findAttributions profile);
 * indexOf finds the few places worth reading.
 */
function afterLowerCase(word: string, body: string): boolean {
  const wordEndsW = ASCII_WORD.test(word[word.length - 1] ?? '');
  for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) {
    const end = at + word.length;
    // \b after the word: a word character on one side only (\w is ASCII without the i flag).
    if (wordEndsW === ASCII_WORD.test(body[end] ?? '')) continue;
    // (?!\s+\p{Lu}): the first character after the spaces is no capital.
    let k = end;
    while (k < body.length && isSpaceCode(body.charCodeAt(k))) k++;
    if (k > end && k < body.length && UPPER.test(String.fromCodePoint(body.codePointAt(k)!))) continue;
    // \p{Ll},?\s+ before it: at least one space, then a lower-case letter or a comma after one.
    let b = at - 1;
    while (b >= 0 && isSpaceCode(body.charCodeAt(b))) b--;
    if (b === at - 1 || b < 0) continue;
    if (body[b] === ',') b--;
    if (b >= 0 && LOWER.test(codePointEndingAt(body, b))) return true;
  }
  return false;
}

const ASCII_WORD = /^\w$/;
const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;

/** The code point whose last code unit is at `k` (a surrogate pair whole). */
function codePointEndingAt(text: string, k: number): string {
  const low = text.charCodeAt(k);
  const pair = k >= 1 && low >= 0xdc00 && low <= 0xdfff && (text.charCodeAt(k - 1) & 0xfc00) === 0xd800;
  return text.slice(pair ? k - 1 : k, k + 1);
}

/** The text also prints `word` in lower case, as a word of its own: a common word, not a name. */
function printedInLowerCase(word: string, body: string): boolean {
  return new RegExp(`(?<!\\p{L})${word.toLowerCase()}(?!\\p{L})`, 'u').test(body);
}

/** A person the stage found, or a speaker already resolved, carries `word` among the words of a name. */
function namedAlready(word: string, history: readonly ResolvedParty[], entities: readonly Entity[]): boolean {
  return (
    entities.some((e) => e.kind === 'person' && [e.name, ...e.aliases].some((n) => n.split(/\s+/).includes(word))) ||
    history.some((h) => h.party.name.split(/\s+/).includes(word))
  );
}

/**
 * 'Analysts pressed Natarajan on the slowdown. She acknowledged …': with no one else to take "he"/"she", a bare
 * surname (bareName) the lexicon does not know, in the text just before, outside quotations, does.
 */
function bareNameBefore(
  site: PronounSite,
  history: readonly ResolvedParty[],
  entities: readonly Entity[],
  fits: (name: string) => boolean,
): ResolvedParty | null {
  const from = Math.max(0, site.sentenceStart - BARE_NAME_REACH);
  let found: string | null = null;
  for (const m of site.body.slice(from, site.sentenceStart).matchAll(/(?<=\p{Ll},?\s+)\p{Lu}\p{Ll}+\b/gu)) {
    const at = from + m.index;
    if (insideQuotation(site.body, from, at)) continue;
    // Without an opening to vouch for it, a word the lexicon knows ("Services") is no surname here, nor one inside a
    // longer name ("Department of Health and Human Services").
    if (wordInfo(m[0].toLowerCase()).common) continue;
    if (/(?:^|\s)(?:of|and|for|the)\s+$/i.test(site.body.slice(Math.max(0, at - 5), at))) continue;
    if (/^\s+(?:of|and|&)\s+\p{Lu}/u.test(site.body.slice(at + m[0].length, at + m[0].length + 8))) continue;
    if (bareName(m[0], at, site.body, history, entities) && fits(m[0])) found = m[0];
  }
  found ??= sentenceOpeningName(site, from, history, entities, fits);
  if (!found) return null;
  return { party: { entityId: null, name: found, text: site.text, anonymous: false }, kind: 'person', at: site.at };
}

/** compromise's tags of a finite verb. */
const VERB_TAG = /^(?:PastTense|PresentTense|Verb|Copula|Modal|Auxiliary)$/;

/**
 * 'Halloran spent a year on a fishing boat for the book. “…,” he writes.': the last word opening a sentence before
 * the pronoun's, outside quotations, before a lower-case verb, that the lexicon does not know at all and the text
 * never prints in lower case. Asked only when nothing else takes the pronoun, which would otherwise name no one.
 */
function sentenceOpeningName(
  site: PronounSite,
  from: number,
  history: readonly ResolvedParty[],
  entities: readonly Entity[],
  fits: (name: string) => boolean,
): string | null {
  let found: string | null = null;
  const before = site.body.slice(from, site.sentenceStart);
  for (const m of before.matchAll(/(?<=(?:^|[.!?]["”’]?\s+))(\p{Lu}\p{Ll}+)\s+(\p{Ll}+)/gu)) {
    const word = m[1]!;
    const at = from + m.index;
    if ((m.index === 0 && from > 0) || insideQuotation(site.body, from, at)) continue;
    if (PRONOUN_LIKE.test(word) || lexiconTags(word.toLowerCase()).length > 0 || !fits(word)) continue;
    // Its verb follows: "Halloran spent", not "Pneumonic plague".
    if (!/ed$/.test(m[2]!) && !lexiconTags(m[2]!).some((t) => VERB_TAG.test(t))) continue;
    if (printedInLowerCase(word, site.body)) continue;
    if (!namedAlready(word, history, entities)) found = word;
  }
  return found;
}

/** How far back (characters) bareNameBefore looks for a surname. */
const BARE_NAME_REACH = 300;

/** Capitalised openers that are never a surname. */
const PRONOUN_LIKE = /^(?:He|She|It|They|We|I|You|This|That|These|Those|There|Then|But|And|So|The|A|An)$/;

/**
 * 'Once Fetter arrived, Lorenz gave her a manual … “He carried a lot in his head,” she said.': a compatible person
 * named in the pronoun's own paragraph, outside quotations, goes before the last compatible speaker when that
 * speaker is not named in the paragraph: a speaker from paragraphs back is no longer the topic once the paragraph
 * has brought in someone else who fits.
 */
function paragraphNewcomer(
  site: PronounSite,
  history: readonly ResolvedParty[],
  entities: readonly Entity[],
  fits: (name: string) => boolean,
): IndexedMention | null {
  const paragraphStart = site.body.lastIndexOf('\n', site.at) + 1;
  const index = mentionsOf(entities);
  let nearest: IndexedMention | null = null;
  const named = new Set<string>();
  for (let i = firstStartAtOrAfter(index, site.at) - 1; i >= 0; i--) {
    const m = index[i]!;
    if (m.start < paragraphStart) break;
    if (m.entity.kind !== 'person' || m.end > site.at || insideQuotation(site.body, paragraphStart, m.start)) continue;
    named.add(m.entity.id);
    if (!nearest && fits(m.entity.name)) nearest = m;
  }
  if (!nearest) return null;
  if (introducedByPronounSubject(site, paragraphStart, nearest)) return null;
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]!;
    if (site.at - h.at > SPEAKER_WINDOW) break;
    if (h.kind !== 'person' || !fits(h.party.name)) continue;
    return h.party.entityId && !named.has(h.party.entityId) && h.at < paragraphStart ? nearest : null;
  }
  // No compatible speaker nearby: the paragraph's own person is the one in view.
  return nearest;
}

/** A forum user name in lower case with digits or an underscore, set off by a comma as a subject: "elmo666, …". */
const HANDLE_SUBJECT = /(?:^|[\s:;(])(\p{Ll}[\p{Ll}\d_]*(?:\d|_)[\p{Ll}\d_]*),\s/gu;

/**
 * 'ScreamMyName told me …. [new paragraph] But the spirit is contagious: elmo666, the other user testing cocaine, …
 * “…,” he told me.': a forum user name (which the entity model does not take for a person) set off as the subject in the
 * pronoun's own paragraph, outside quotations, is the newcomer "he"/"she" goes on with, when the last speaker spoke
 * before the paragraph and it does not name them.
 */
function paragraphHandle(site: PronounSite, history: readonly ResolvedParty[]): string | null {
  const paragraphStart = paragraphStartOf(site);
  const last = history.length ? history[history.length - 1]! : null;
  if (last && last.at >= paragraphStart) return null;
  const paragraph = site.body.slice(paragraphStart, site.sentenceStart);
  let found: string | null = null;
  for (const m of paragraph.matchAll(HANDLE_SUBJECT))
    if (!insideQuotation(site.body, paragraphStart, paragraphStart + m.index)) found = m[1]!;
  if (!found || (last && paragraph.includes(last.party.name))) return null;
  return found;
}

/** "he"/"she" opening a sentence as its subject, past what SUBJECT_LEAD allows before it. */
const PRONOUN_OPENING = /(?:^|[.!?]["”’]?\s+)([^.!?"“”\n]{0,80}?)\b(he|she|He|She)\s+\p{Ll}/gu;

/**
 * 'Later that year, he moved to Lyon, where he met the painter Remy Vautrin. About the city he wrote, “…”': a person
 * the paragraph brings in only as an object, after a sentence whose subject is the pronoun itself ("he moved"), is
 * no newcomer that takes the topic over: the paragraph goes on with the person that pronoun stands for. The newcomer
 * keeps it when it opens a sentence of its own.
 */
function introducedByPronounSubject(site: PronounSite, paragraphStart: number, newcomer: IndexedMention): boolean {
  const gender = genderOf(site.text);
  if (gender !== 'he' && gender !== 'she') return false;
  if (opensSentence(site.body, newcomer.start, newcomer.end, newcomer.entity.aliases)) return false;
  const before = site.body.slice(paragraphStart, newcomer.start);
  for (const m of before.matchAll(PRONOUN_OPENING)) {
    if (m[2]!.toLowerCase() !== gender || !SUBJECT_LEAD.test(m[1]!)) continue;
    if (!insideQuotation(site.body, paragraphStart, paragraphStart + m.index)) return true;
  }
  return false;
}

/** Offset of the start of the paragraph the pronoun stands in. */
function paragraphStartOf(site: PronounSite): number {
  return site.body.lastIndexOf('\n', site.at) + 1;
}

/** Offset of the first word of the sentence at `start`, past an article ("The Afghan Taliban" → "Afghan"). */
function firstWordAt(body: string, start: number): number {
  const m = /^[\s"“(]*(?:(?:The|the)\s+)?/.exec(body.slice(start, start + 40));
  return start + (m ? m[0].length : 0);
}

/** A sentence or paragraph break; not the stop of a title or an initial ("Mr. Trump", "Patrick W. Carlineo"). */
const SENTENCE_BREAK =
  /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|Rev|No|vs|\p{Lu}))[.!?]["”’]?\s+|\n\s*/gu;
/** What may stand between a sentence's start and its subject: "But Smith …", "Then, last week, Smith …". */
const SUBJECT_LEAD =
  /^(?:(?:But|And|Yet|So|Still|Now|Then|Later|Meanwhile|However),?\s+)?(?:[^\s,.;:!?"“”][^,.;:!?"“”\n]{0,40},\s+){0,2}$/;
/** How far back (characters) the start of a subject's sentence is looked for. */
const SUBJECT_LEAD_REACH = 100;

/**
 * The mention at [start, end) opens its sentence as the subject: not a possessive ("Smith's lawyer"). A title the
 * entity was named with may stand before it ("President Dale Hammond praised …": the mention is the name).
 */
function opensSentence(body: string, start: number, end: number, aliases: readonly string[]): boolean {
  if (/^['’]s?\b/.test(body.slice(end, end + 2))) return false;
  const from = Math.max(0, start - SUBJECT_LEAD_REACH);
  const before = body.slice(from, start);
  let lead = from === 0 ? 0 : -1;
  for (const m of before.matchAll(SENTENCE_BREAK)) lead = m.index + m[0].length;
  if (lead < 0) return false;
  const opening = before.slice(lead);
  const title = TITLE_BEFORE_NAME.exec(opening);
  if (title && aliases.includes(`${title[0]}${body.slice(start, end)}`))
    return SUBJECT_LEAD.test(opening.slice(0, title.index));
  return SUBJECT_LEAD.test(opening);
}

/** Most characters of a line that is a caption or a heading. */
const CAPTION_REACH = 80;
/** The rest of a caption's line after a name: an apposition of capitalised words ("John Reyes, 3rd Baron of Lisle"). */
const CAPTION_REST =
  /^(?:[, \t]+(?:\p{Lu}[\p{L}.'’-]*|\d+(?:st|nd|rd|th)?|of|the|and|de|la|von|van|al|bin)(?=[\s,]))*[ \t]*\n/u;

/**
 * The name ending at `end` ends a line of names alone, with no verb ("John Reyes, 3rd Baron of Lisle" under a
 * portrait): a caption or a heading, whose name opens no sentence and is no subject a pronoun goes on with.
 */
function captionLine(body: string, end: number): boolean {
  // The body's end ends the line too.
  const rest = body.slice(end, end + CAPTION_REACH);
  return CAPTION_REST.test(end + CAPTION_REACH >= body.length ? `${rest}\n` : rest);
}

/** Capitalised words right before a name, the title it was named with ("President", "Chief Cabinet Secretary"). */
const TITLE_BEFORE_NAME = /(?:\p{Lu}[\p{L}.'’-]*\s)+$/u;

/** `at` lies inside a quotation opened after `from` (marks read as openMark reads them). */
function insideQuotation(body: string, from: number, at: number): boolean {
  let open = false;
  for (let i = from; i < at; i++) {
    const c = body[i];
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open;
  }
  return open;
}

/** "the participants", "these researchers": a definite plural noun phrase of up to three words. */
const DEFINITE_PLURAL = /\b(?:the|these|those)\s+((?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+s))\b/gu;

/**
 * '… the participants used a stylus to move the cursor in the direction that they thought …': "they" goes with the
 * nearest definite plural of people earlier in its own sentence, outside quotations, before any earlier speaker.
 */
function peopleInSentence(site: PronounSite): ResolvedParty | null {
  const before = site.body.slice(site.sentenceStart, site.at);
  let found: RegExpExecArray | null = null;
  for (const m of before.matchAll(DEFINITE_PLURAL))
    if (speakerLike(m[2]!, false) && !insideQuotation(site.body, site.sentenceStart, site.sentenceStart + m.index))
      found = m;
  if (!found) return null;
  const name = found[1]!;
  return {
    party: { entityId: null, name, text: site.text, anonymous: ANONYMOUS_HEADS.has(found[2]!) },
    kind: 'description',
    at: site.at,
  };
}

/** How far back (characters) the sentence before a pronoun's is looked for. */
const PREVIOUS_SENTENCE_REACH = 400;
/** Most words of a plural subject opening the sentence before: "Republican senators", "The two leaders". */
const MAX_PLURAL_SUBJECT = 4;
/** Most words of such a subject whose head has a post-modifier: "Conservatives in the House Freedom Caucus". */
const MAX_MODIFIED_SUBJECT = 7;
/** Prepositions of a post-modifier after a subject's head: "Residents of Oak Hollow", "Conservatives in the caucus". */
const POST_MODIFIER_WORD = /^(?:of|in|from|at|on|near)$/;
/** Verbs that end a sentence-opening subject besides those in "-ed": "Protesters gathered", "The leaders met". */
const OPENING_VERB =
  /^(?:is|was|has|are|were|have|had|will|would|can|could|met|began|held|went|took|made|won|lost|gave|sent|left|ran|came|saw|see|said|told|did|do|say|want|hope|fear|plan)$/;

/** The sentence before a pronoun's own: its text (`trimmed.slice(start)`) and where it starts in the body. */
interface SentenceBefore {
  trimmed: string;
  start: number;
  prevStart: number;
}

/**
 * The sentence before the one a pronoun opens (past "But", "And", an "-ly," adverb), when no speaker was named in it
 * or since: null when the pronoun does not open its sentence, the sentence before lies beyond reach, or a speaker
 * stands between.
 */
function speakerlessSentenceBefore(site: PronounSite, history: readonly ResolvedParty[]): SentenceBefore | null {
  const lead = site.body.slice(site.sentenceStart, site.at);
  if (!/^[\s"“(]*(?:\p{L}+ly,\s*|(?:But|And|So|Then|Now|Still),?\s+)?$/u.test(lead)) return null;
  const before = site.body.slice(Math.max(0, site.sentenceStart - PREVIOUS_SENTENCE_REACH), site.sentenceStart);
  const trimmed = before.replace(/\s+$/, '');
  let start = -1;
  for (const m of trimmed.slice(0, -1).matchAll(SENTENCE_BREAK)) start = m.index + m[0].length;
  if (start < 0) {
    if (site.sentenceStart - before.length > 0) return null;
    start = 0;
  }
  const prevStart = site.sentenceStart - before.length + start;
  if (history.some((h) => h.at >= prevStart && h.at < site.at)) return null;
  return { trimmed, start, prevStart };
}

/**
 * 'Protesters gathered outside the Capitol. They said …': "they" opening its sentence, with no speaker in the sentence
 * before, goes with that sentence's subject when it is a plural of people ("Republican senators", "Democrats");
 * with `want` 'body', "it" with an institution ("The Reddick campaign released …").
 */
function peopleOpeningSentenceBefore(
  site: PronounSite,
  history: readonly ResolvedParty[],
  want: 'people' | 'body' = 'people',
): ResolvedParty | null {
  const previous = speakerlessSentenceBefore(site, history);
  if (!previous) return null;
  const { trimmed, start } = previous;
  const words = trimmed.slice(start).split(/\s+/);
  // "You see, the terrorists are …", "On Monday, protesters marched …": past a short opener set off by a comma.
  const opener = words.findIndex((w, i) => i < MAX_OPENER_WORDS && w.endsWith(','));
  return (
    openingSubject(words, site, want) ??
    (opener >= 0 &&
    !CLAUSE_OPENER_WORD.test(words[0]!) &&
    words.slice(0, opener).every((w) => /^[\p{L}\p{N}]+$/u.test(w))
      ? openingSubject(words.slice(opener + 1), site, want)
      : null)
  );
}

/** A name and a possessive right before a plural: "Xi and his (comrades)", "Maria Ortiz and her (aides)". */
const NAME_AND_THEIR = /(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(and\s+(?:his|her|their)\s+)$/u;

/** Words that may stand before a plural head without belonging to its name: "requests from dealers". */
const NOT_MODIFIER =
  /^(?:a|an|the|of|from|to|for|by|with|and|or|in|on|at|as|than|that|their|his|her|its|our|my|your|these|those|many|some|all|most|more|other|such|two|three|several|few|no|into|among|about|against)$/;

/**
 * 'He began getting requests from drug dealers who wanted him to test their wares. Clearly, they figured …': "they"
 * opening its sentence, with no speaker in the sentence before and no plural subject there (peopleOpeningSentenceBefore),
 * goes with the last plural of people that sentence names, outside quotations: the only people in view.
 */
function peopleNamedInSentenceBefore(site: PronounSite, history: readonly ResolvedParty[]): ResolvedParty | null {
  const previous = speakerlessSentenceBefore(site, history);
  if (!previous) return null;
  const { trimmed, start } = previous;
  const sentence = trimmed.slice(start);
  let found: { name: string; head: string } | null = null;
  for (const m of sentence.matchAll(/(?<![\p{L}'’-])(?:([\p{Ll}-]+)\s+)?([\p{Ll}-]{3,}[^s\s'’]s)(?![\p{L}'’-])/gu)) {
    const head = m[2]!;
    if (!peopleNoun(head) || insideQuotation(sentence, 0, m.index)) continue;
    const modifier = m[1] && !NOT_MODIFIER.test(m[1]) ? `${m[1]} ` : '';
    // "Xi and his comrades": a name joined to the people who are its own.
    const owner = NAME_AND_THEIR.exec(sentence.slice(0, m.index + m[0].length - head.length));
    // Two plurals of people leave it open whom "they" stands for.
    if (found && found.head !== head) return null;
    found = { name: owner ? `${owner[1]} ${owner[2]}${head}` : `${modifier}${head}`, head };
  }
  if (!found || COLLECTIVE_WORD.test(sentence)) return null;
  const anonymous = ANONYMOUS_HEADS.has(found.head) || ANONYMOUS_HEADS.has(found.head.slice(0, -1));
  return { party: { entityId: null, name: found.name, text: site.text, anonymous }, kind: 'group', at: site.at };
}

/** A speaker phrase of a person and their own: "he and his wife Kali", "Maria Ortiz and her lawyers". */
const WITH_THEIR_OWN = /^(.+?)\s+and\s+((?:his|her|their)\s+\S.*)$/;

/**
 * 'You can earn more, he and his wife Kali explained. … whereas a raise lasts, they said.': a speaker phrase joining a
 * person and their own is a group that "they" goes on with. A "he"/"she" that opens it is the person who spoke before
 * it, in the name: "Eric Roberge and his wife Kali".
 */
function coordinatedSpeaker(history: readonly ResolvedParty[], i: number): ResolvedParty | null {
  const h = history[i]!;
  const m = WITH_THEIR_OWN.exec(h.party.text);
  if (!m) return null;
  let first = m[1]!;
  if (/^(?:he|she)$/i.test(first)) {
    const before = history
      .slice(0, i)
      .reverse()
      .find((o) => o.kind === 'person' && o.party.name !== h.party.name && h.at - o.at <= SPEAKER_WINDOW);
    if (!before) return null;
    first = before.party.name;
  }
  const name = `${first} and ${m[2]!}`;
  return { party: { entityId: null, name, text: h.party.text, anonymous: false }, kind: 'group', at: h.at };
}

/**
 * A plural noun of people: one the speaker tables know, or one the lexicon calls an actor ("dealers", "users"); no
 * document's.
 */
function peopleNoun(plural: string): boolean {
  // A document speaks for its author, but "they" is no letter or report.
  if (DOCUMENT_NOUNS.has(plural) || DOCUMENT_NOUNS.has(plural.slice(0, -1))) return false;
  return (
    speakerLike(plural, false) ||
    lexiconTags(plural).includes('Actor') ||
    lexiconTags(plural.slice(0, -1)).includes('Actor')
  );
}

/**
 * 'Germany has long resisted the plan. It says the costs are too high.': "it" opening its sentence, with no speaker in
 * the sentence before, goes with the country or the organization named as that sentence's subject (a country that
 * speaks is its government).
 */
function namedBodyOpeningSentenceBefore(
  site: PronounSite,
  history: readonly ResolvedParty[],
  entities: readonly Entity[],
): ResolvedParty | null {
  const previous = speakerlessSentenceBefore(site, history);
  if (!previous) return null;
  const { prevStart } = previous;
  const subject = mentionsBetween(entities, prevStart, site.sentenceStart).find(
    (m) =>
      m.entity.kind !== 'person' &&
      opensSentence(site.body, m.start, m.end, m.entity.aliases) &&
      !insideQuotation(site.body, prevStart, m.start),
  );
  if (!subject) return null;
  const e = subject.entity;
  return {
    party: { entityId: e.id, name: e.name, text: site.text, anonymous: false },
    kind: 'organization',
    at: site.at,
  };
}

/** Most words of an opener set off by a comma before the subject of the sentence before: "Later that day,". */
const MAX_OPENER_WORDS = 4;
/** Words that open a clause of its own, whose subject may be the one "they" stands for: "When police arrived, …". */
const CLAUSE_OPENER_WORD =
  /^(?:When|Whenever|If|After|Before|Because|Although|Though|While|As|Since|Until|Once|Unless)$/;

/**
 * 'Sen. Maria Alvarez and Sen. Dan Whitfield introduced the bill. They said …': two names joined by "and" (titles
 * allowed), then a lower-case verb; "they" is the pair.
 */
const NAMED_PAIR =
  /^((?:\p{Lu}[\p{L}.'’-]*\s+){1,4}and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)\s+(?:\p{Ll}+ed|met|said|told|held|made|went|took|sent|wrote|are|were|have|had|will|would)\b/u;

/** A setting that may open a sentence before its subject: "On September 29,", "Later that day,". */
const OPENING_SETTING = /^[\s"“(]*(?:(?:On|In|At|Later|Earlier|After|Before|Last|This)\b[^,.;:!?"“”\n]{0,30},\s+)?/;

/**
 * 'On May 2, party officials went to the station, where they claimed …': "they" inside a sentence whose own subject,
 * past an opening setting, is a plural of people, goes with that subject.
 */
function peopleOpeningOwnSentence(site: PronounSite): ResolvedParty | null {
  const lead = site.body.slice(site.sentenceStart, site.at);
  const setting = OPENING_SETTING.exec(lead)![0].length;
  const words = lead.slice(setting).split(/\s+/).filter(Boolean);
  return words.length > 2 ? openingSubject(words, site, 'people') : null;
}

/**
 * "Lorenz and Fetter" as "Edward Norton Lorenz and Ellen Fetter": each name of a named pair that a person's mention
 * before the pronoun prints exactly, as that person's full name, so the pair names whom the text names in full.
 */
function withFullNames(group: ResolvedParty, site: PronounSite, entities: readonly Entity[]): ResolvedParty {
  const parts = group.party.name.split(/\s+and\s+/);
  if (parts.length !== 2) return group;
  const full = parts.map((part) => {
    const people = entities.filter(
      (e) =>
        e.kind === 'person' && e.mentions.some((m) => m.end <= site.at && site.body.slice(m.start, m.end) === part),
    );
    return people.length === 1 ? people[0]!.name : part;
  });
  return { ...group, party: { ...group.party, name: full.join(' and ') } };
}

/** The plural of people (or, for `want` 'body', the institution) that `words` open with, before its verb. */
function openingSubject(words: readonly string[], site: PronounSite, want: 'people' | 'body'): ResolvedParty | null {
  const pair = want === 'people' ? NAMED_PAIR.exec(words.join(' ')) : null;
  if (pair) {
    const name = pair[1]!.trim();
    return { party: { entityId: null, name, text: site.text, anonymous: false }, kind: 'group', at: site.at };
  }
  // "Conservatives in the House Freedom Caucus want …": a head with a post-modifier may run longer before its verb.
  const limit =
    POST_MODIFIER_WORD.test(words[1] ?? '') || POST_MODIFIER_WORD.test(words[2] ?? '')
      ? MAX_MODIFIED_SUBJECT
      : MAX_PLURAL_SUBJECT;
  let k = 0;
  while (k < words.length && k <= limit && !OPENING_VERB.test(words[k]!) && !/^\p{Ll}+ed$/u.test(words[k]!)) k++;
  if (k === 0 || k > limit || k >= words.length) return null;
  const phrase = words.slice(0, k).join(' ');
  // "Residents of Oak Hollow packed …": the head stands before a post-modifier.
  const modifier = words.findIndex((w, i) => i > 0 && i < k - 1 && POST_MODIFIER_WORD.test(w));
  const head = words[modifier > 0 ? modifier - 1 : k - 1]!;
  const fits = want === 'body' ? BODY_HEAD.test(head) : /[^s]s$/.test(head) && speakerLike(phrase, true);
  // "Berg's supporters", "the mayor's aides": a possessive leads the plural (no other mark does).
  if (/[^\p{L}]/u.test(phrase.replace(/\s/g, '').replace(/\p{L}['’]s?(?=\p{L})/gu, (m) => m[0]!)) || !fits) return null;
  if (/^(?:it|this|that|there|these|those)$/i.test(words[0]!) || PRONOUN_SUBJECT.test(words[0]!)) return null;
  const name = phrase.replace(/^(?:the|these|those)\s+/i, '');
  const anonymous = ANONYMOUS_HEADS.has(head.toLowerCase());
  const kind = want === 'body' ? 'organization' : 'group';
  return { party: { entityId: null, name, text: site.text, anonymous }, kind, at: site.at };
}

/**
 * Heads of institutions that "it" stands for: "The Reddick campaign", "The committee", "The administration"; and of
 * documents, which speak as their authors do: "The study is published in …. It found that …".
 */
const BODY_HEAD =
  /^(?:campaign|committee|administration|department|agency|company|government|commission|council|ministry|party|union|coalition|association|court|board|office|Pentagon|Kremlin|study|report|survey|poll|audit|review|inquiry|investigation|analysis|proclamation|decree|edict|directive|ruling|order|declaration)$/;

/**
 * "they" agrees with a description only when it reads as plural ("the officials", "Energy Control staff"), or names no
 * one, as a singular "they" may stand for "a spokesperson"; a named singular ("user jayk1984", "the Boston blogger
 * Sam Doe") is never "they". Groups and organizations (British style) agree.
 */
function pluralAgrees(h: ResolvedParty): boolean {
  if (h.kind !== 'description' || h.party.anonymous) return true;
  const words = h.party.name.split(/\s+/);
  const head = words[words.length - 1]!;
  return /\band\b/.test(h.party.name) || PLURAL_HEAD.test(head) || COLLECTIVE_HEAD.test(head.toLowerCase());
}

/** A plural noun: "officials", "researchers", "bodies", not "boss", "analysis", "status". */
const PLURAL_HEAD = /^\p{Ll}[\p{L}-]*[^su]s$/u;
/** Plurals and collectives without "-s": "people", "police", "staff", "children". */
const COLLECTIVE_HEAD = /^(?:people|police|staff|crew|public|media|children|men|women|folk|clergy|faculty|personnel)$/;

/** A collective of people anywhere in a sentence, another candidate for "they": "When the police arrived, …". */
const COLLECTIVE_WORD = /\b(?:people|police|staff|crew|public|children|men|women|folk)\b/i;

/** Pronoun subjects, which name no one new: "We met them. They said …". */
const PRONOUN_SUBJECT = /^(?:i|we|you|he|she|they|it)$/i;

/** "he" or "she" for a personal or possessive pronoun of either ("his" → "he"), else the text lower-cased. */
function genderOf(pronoun: string): string {
  const p = pronoun.toLowerCase();
  return p === 'his' ? 'he' : p === 'her' ? 'she' : p;
}

/** "he" or "she" when a name of two words or more starts with a given name known as only male or only female. */
function givenNameGender(name: string): 'he' | 'she' | null {
  const space = name.indexOf(' ');
  if (space < 0) return null;
  const info = wordInfo(name.slice(0, space).toLowerCase());
  if (info.male === info.female) return null;
  return info.male ? 'he' : 'she';
}
