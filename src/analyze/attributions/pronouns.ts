/**
 * Pronoun and definite-description resolution for speakers ("It also stated…", "He said…", "The company
 * said…"). In order: a compatible person named earlier in the same sentence (its subject: "Morrison cited his
 * testimony, in which he said …"); the most recent compatible speaker of an earlier attribution nearby; the most
 * recent compatible entity mentioned before. Genders learnt from earlier "he"/"she" keep "she" off a man.
 */
import type { Entity } from '../../vocabulary.js';
import { mentionsBetween, mentionsOf, type PartyKind, type ResolvedParty } from './parties.js';
import { firstStartAtOrAfter } from './first-start-at.js';
import { wordInfo } from '../entities/wordinfo.js';

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
  const gender = site.text.toLowerCase();
  if (found && (gender === 'he' || gender === 'she')) genders.set(found.party.name, gender);
  return found;
}

function antecedent(
  site: PronounSite,
  history: readonly ResolvedParty[],
  entities: readonly Entity[],
  genders: Genders,
): ResolvedParty | null {
  const gender = site.text.toLowerCase();
  if (gender !== 'he' && gender !== 'she') return search(site, history, entities, () => true);
  // A first name's gender is only a prior: when no antecedent fits it ("Kim Jong Un … he", a family name first),
  // the search runs again on what is known alone.
  const known = (name: string): boolean => !genders.has(name) || genders.get(name) === gender;
  const likely = (name: string): boolean =>
    genders.has(name) || !genders.likely.has(name) || genders.likely.get(name) === gender;
  return (
    search(site, history, entities, (name) => known(name) && likely(name)) ?? search(site, history, entities, known)
  );
}

function search(
  site: PronounSite,
  history: readonly ResolvedParty[],
  entities: readonly Entity[],
  fits: (name: string) => boolean,
): ResolvedParty | null {
  const { pronoun, at, text } = site;
  const kinds = COMPATIBLE[pronoun];
  const asEntity = (e: Entity): ResolvedParty => ({
    party: { entityId: e.id, name: e.name, text, anonymous: false },
    kind: e.kind === 'person' ? 'person' : 'organization',
    at,
  });
  if (pronoun === 'person') {
    const subject = mentionsBetween(entities, site.sentenceStart, at).find(
      (m) => m.entity.kind === 'person' && m.end <= at && fits(m.entity.name),
    );
    if (subject) return asEntity(subject.entity);
  }
  // "The company" points back to a named organization, never to a description ("the ministry").
  const definite = !/^(?:he|she|it|they)$/i.test(text);
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]!;
    if (at - h.at > SPEAKER_WINDOW) break;
    if (!kinds.includes(h.kind) || !fits(h.party.name) || (definite && !h.party.entityId)) continue;
    if (pronoun !== 'plural' || h.kind !== 'organization' || h.party.anonymous)
      return { ...h, party: { ...h.party, text }, at };
  }
  if (pronoun === 'plural') return null;
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

/** "he" or "she" when a name of two words or more starts with a given name known as only male or only female. */
function givenNameGender(name: string): 'he' | 'she' | null {
  const space = name.indexOf(' ');
  if (space < 0) return null;
  const info = wordInfo(name.slice(0, space).toLowerCase());
  if (info.male === info.female) return null;
  return info.male ? 'he' : 'she';
}
