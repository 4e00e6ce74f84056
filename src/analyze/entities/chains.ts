/**
 * Alias merging: name mentions → entities. In text order, a mention joins an earlier entity when
 *   1. it is the acronym given in parentheses after that entity ("Korean Central News Agency (KCNA)"),
 *      or spells its initials (also "NSW" for New South Wales), or is the same organization with other
 *      connectors or the country spelled otherwise ("the U.S. Congress" = "the United States Congress");
 *   2. it names the same gazetteer place ("U.S." = "United States");
 *   3. it is a title the person bore ("the Secretary" → "Secretary Cardona");
 *   4. it is a part of a person's full name ("Kim" → "Kim Jong Un", "Joshua Norton", "Norton I" → "Joshua
 *      Abraham Norton"), or a full name extends an earlier one-word mention; an office in apposition ("Cres
 *      Eastman, Director of …") is the person; an organization's head word alone ("Congress") is it;
 *   5. its normalised name is the same.
 * The entity takes the kind most of its mentions vote for (a one-word "person" the text puts something "in" is an
 * organization: "technology in Firefox"; a small town that dies or is spoken to is a person: "Arafat's passing"), and
 * lower-case roles ("the leader") and titles addressed alone ("General, …") join the one person who bore them. An acronym printed apart from its expansion
 * ("DH" … "Digital Humanities") joins it afterwards and takes its kind. Ids are stable: kind + normalised name.
 */
import type { Entity, EntityKind, Mention } from '../../vocabulary.js';
import type { NameCandidate } from './rules.js';
import { STORM_WORDS } from './lexicon.js';
import { SCHOOL_HEADS } from './schools.js';
import type { Token } from './tokenize.js';
import { bestPlace, wordInfo, wordInfoOf } from './wordinfo.js';

interface Building {
  /** Position in the merge's entity list: the indexes below rank candidates by it, as the scans did. */
  index: number;
  kind: EntityKind;
  mentions: Mention[];
  /** Normalised forms that resolve to this entity. */
  keys: Set<string>;
  /** Capitalised words of the person's names, for partial-name matches. */
  parts: Set<string>;
  /** Titled forms ("Comrade Putin"), kept as aliases. */
  titled: Set<string>;
  /** The title words the person bore ("comrade", "president"). */
  titleWords: Set<string>;
  /** Roles printed in lower case around the name: "North Korean leader Kim", "Kim, the leader of …". */
  roles: Set<string>;
  /** Surface of the longest mention (token count), the display name. */
  best: { text: string; tokens: number };
  /** nameKey(best.text), read by the loops over earlier entities for every candidate; null until asked for. */
  bestKey: string | null;
  placeKey: string | null;
  /** Initials of the display name's capitalised words ("kcna"), for acronym matches. */
  initials: string;
  /** Keys without connectors and with countries spelled out, for organization matches ("food standards australia"). */
  looseKeys: Set<string>;
  /** Evidence for each kind, from every mention: the entity takes the best-supported kind. */
  votes: Record<EntityKind, number>;
}

const keys = new Map<string, string>();

/** "Kim's" → "kim", "U.S." → "us", "the Kremlin" → "kremlin". */
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size > 50_000) keys.clear(); // bounded: names recur across articles, hostile input must not grow it
    keys.set(name, (key = normalizedKey(name)));
  }
  return key;
}

function normalizedKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/^the\s+/, '')
    .replace(/[.'’]/g, '')
    .replace(/[-‐–\s]+/g, ' ')
    .trim();
}

/** A stable id: kind + normalised name ("person:vladimir-putin"). */
export function entityId(kind: EntityKind, name: string): string {
  return `${kind}:${nameKey(name).replace(/[^\p{L}\p{N}]+/gu, '-')}`;
}

/** Words that organization names print or drop freely ("of", "and", "the"). */
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'and', '&', 'the', 'for']);

function looseKey(words: readonly string[]): string {
  return words
    .filter((w) => !CONNECTORS.has(w.toLowerCase()))
    .map((w) => {
      const p = /^(?:\p{Lu}\.){2,}$/u.test(w) ? bestPlace(w) : null; // "U.S." → "United States"
      return p?.kind === 'country' ? nameKey(p.name) : nameKey(w);
    })
    .join(' ');
}

function initials(words: readonly string[]): string {
  return words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('')
    .toLowerCase();
}

/** Prepositions that make a surname-like word after a person's full name the place it also is ("back to Nagano"). */
// prettier-ignore
const SURNAME_PLACE_PREPS: ReadonlySet<string> = new Set([
  'in', 'to', 'from', 'near', 'at', 'across', 'toward', 'towards', 'into', 'outside', 'around', 'via',
]);

/** Two capitalised words or more, nothing lower-case: a personal name, no office ("Emperor of the United States"). */
const PERSONAL_NAME = /^\p{Lu}\S*(?: \p{Lu}\S*)+$/u;

/**
 * Earlier entities by a string they answer to (a name part, a key, the last word of the display name …), so that a
 * candidate tests the few entities that could match instead of every earlier one (quadratic on long pages). A bucket
 * may hold an entity twice, or one that no longer matches (its display name changed): callers test each entry in
 * full and rank by `index`, which picks the entity the scan over every earlier entity in order picked.
 */
class EntityIndex {
  private readonly buckets = new Map<string, Building[]>();

  add(key: string, e: Building): void {
    const bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, [e]);
    else if (bucket[bucket.length - 1] !== e) bucket.push(e);
  }

  /** The latest entity under `key` that passes `test` (the scan from the last entity back). */
  latest(key: string, test: (e: Building) => boolean): Building | null {
    let best: Building | null = null;
    for (const e of this.buckets.get(key) ?? []) if ((!best || e.index > best.index) && test(e)) best = e;
    return best;
  }

  /** The earliest entity under `key` that passes `test` (`entities.find`). */
  earliest(key: string, test: (e: Building) => boolean): Building | null {
    let best: Building | null = null;
    for (const e of this.buckets.get(key) ?? []) if ((!best || e.index < best.index) && test(e)) best = e;
    return best;
  }
}

/** The indexes of one merge, each named after the field or the part of the display name it is keyed by. */
interface Indexes {
  /** Last word of the display name's key, for keys ending in " <key>" (surnames, organizations' head words). */
  lastWord: EntityIndex;
  /** The words after a storm word ("phailin" for "cyclone phailin"; "" for a storm word alone). */
  stormName: EntityIndex;
  parts: EntityIndex;
  titleWords: EntityIndex;
  initials: EntityIndex;
  looseKeys: EntityIndex;
  keys: EntityIndex;
}

/** The last word of `key`: an entity whose display key ends in ` ${key}` is under it in `lastWord`. */
function lastWordOf(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}

/** Files `e` under its display name's last word and storm name, after its display name changed. */
function indexBest(ix: Indexes, e: Building): void {
  const k = bestKeyOf(e);
  const space = k.indexOf(' ');
  if (space >= 0) ix.lastWord.add(lastWordOf(k), e); // no space: no key ends in " <key>"
  if (e.kind === 'other' && STORM_WORDS.has(space < 0 ? k : k.slice(0, space)))
    ix.stormName.add(space < 0 ? '' : k.slice(space + 1), e);
}

/** The person whose full name, seen before, ends in the one word of `c` (`key`), where `c` reads as no place. */
function surnameBearer(
  tokens: readonly Token[],
  c: NameCandidate,
  ix: Indexes,
  key: string,
  previous: { c: NameCandidate; e: Building } | null,
): Building | null {
  if (SURNAME_PLACE_PREPS.has(textAt(tokens, c.first - 1)?.toLowerCase() ?? '')) return null;
  if (previous && previous.e.kind === 'place' && c.first - previous.c.last <= 2) return null;
  const tail = ` ${key}`; // once, not per entity
  return ix.lastWord.latest(
    lastWordOf(key),
    (e) => e.kind === 'person' && PERSONAL_NAME.test(e.best.text) && bestKeyOf(e).endsWith(tail),
  );
}

/** The normalised display name of `e`, looked up once per display name rather than once per candidate. */
function bestKeyOf(e: Building): string {
  return (e.bestKey ??= nameKey(e.best.text));
}

/** The text of token `i`, or undefined outside the array (checked first: reads out of bounds de-optimise). */
function textAt(tokens: readonly Token[], i: number): string | undefined {
  return i >= 0 && i < tokens.length ? tokens[i]!.text : undefined;
}

/** Merge name candidates into entities (places not yet geocoded). */
export function mergeCandidates(text: string, tokens: readonly Token[], candidates: NameCandidate[]): Entity[] {
  const entities: Building[] = [];
  const byKey = new Map<string, Building>();
  const ix: Indexes = {
    lastWord: new EntityIndex(),
    stormName: new EntityIndex(),
    parts: new EntityIndex(),
    titleWords: new EntityIndex(),
    initials: new EntityIndex(),
    looseKeys: new EntityIndex(),
    keys: new EntityIndex(),
  };
  const byPlaceKey = new Map<string, Building>();
  let previous: { c: NameCandidate; e: Building } | null = null;
  for (const c of candidates) {
    const start = tokens[c.first]!.start;
    const end = tokens[c.last - 1]!.end;
    const surface = text.slice(start, end);
    const words = tokens.slice(c.first, c.last).map((t) => t.text);
    const key = nameKey(surface);
    // The mention is the name proper, as Universal NER marks it ("President [Mahmoud Abbas]"; GUM's head match
    // accepts either), also at a sentence start ("[Prefect] Luc Perrin said"); the entity keeps the titled form as
    // an alias. The attributions' subject test reads past a title before the name.
    const mentionStart = tokens[c.first]!.start;
    const mentionEnd = tokens[(c.mentionLast ?? c.last) - 1]!.end;
    const mention: Mention = { start: mentionStart, end: mentionEnd, text: text.slice(mentionStart, mentionEnd) };
    let target = byKey.get(key) ?? null;
    // The surname of a person named in full earlier, read as a place ("Haruto Nagano … Nagano said": a prefecture
    // shares the name), is that person, even where an earlier reading made it a place, unless a preposition of place
    // puts something in it ("flew to Nagano") or it stands in a list of places ("Omaha, Portland or Houston").
    const surnameOf: Building | null =
      words.length === 1 && c.kind === 'place' && (!target || target.kind === 'place')
        ? surnameBearer(tokens, c, ix, key, previous)
        : null;
    if (surnameOf) target = surnameOf;
    // 1. "(KCNA)" right after a name, or an acronym of an earlier organization's initials.
    const acronym = words.length === 1 && /^\p{Lu}{2,6}$/u.test(words[0]!);
    // A news agency or a body known by its acronym is no other name's acronym unless it spells that name's initials
    // ("TEHRAN (AFP) -", "LONDON (Reuters)": a dateline's credit).
    const ownAcronym = acronym && (wordInfoOf(words[0]!).outlet || wordInfoOf(words[0]!).body);
    if (
      !target &&
      acronym &&
      previous &&
      textAt(tokens, c.first - 1) === '(' &&
      previous.c.last === c.first - 1 &&
      (!ownAcronym || previous.e.initials === key)
    )
      target = previous.e;
    // "the National Library of the Netherlands (Koninklijke Bibliotheek)": the whole parenthesis right after an
    // organization is its name in another language or form.
    const glossed =
      !target &&
      previous !== null &&
      previous.e.kind === 'organization' &&
      c.kind !== 'place' &&
      textAt(tokens, c.first - 1) === '(' &&
      textAt(tokens, c.last) === ')' &&
      previous.c.last === c.first - 1;
    if (glossed && previous) target = previous.e;
    if (!target && acronym)
      target = ix.initials.earliest(
        key,
        (e) => (e.kind === 'organization' || e.kind === 'place') && e.initials === key,
      );
    // The same organization with its connectors or country written otherwise ("Food Standards of Australia and
    // New Zealand" = "Food Standards Australia New Zealand", "the U.S. Congress" = "the United States Congress").
    if (!target && words.length > 1 && c.kind !== 'person' && c.kind !== 'place') {
      const loose = looseKey(words);
      target = ix.looseKeys.earliest(loose, (e) => e.kind !== 'person' && e.kind !== 'place');
    }
    // 2. The same gazetteer place under another name.
    let placeKey: string | null = null;
    if (!target && c.kind === 'place') {
      const p = bestPlace(surface);
      placeKey = p ? `${p.kind}:${p.countryCode}:${p.name}` : null;
      if (placeKey) target = byPlaceKey.get(placeKey) ?? null;
    }
    // 3. A title alone ("the Secretary", "the General") is the latest person who bore it.
    if (!target && words.every((w) => wordInfoOf(w).title))
      target = ix.titleWords.latest(key, (e) => e.kind === 'person');
    // An office of a place ("Emperor of the United States") is the latest person titled so ("Emperor Norton"), or
    // the person it stands in apposition to ("Norton I, Emperor of …").
    if (!target && c.office) {
      target = ix.titleWords.latest(nameKey(words[0]!), (e) => e.kind === 'person');
      target ??= appositionHost(text, entities, start);
    }
    // A capitalised office in apposition after a person in the same sentence ("Cres Eastman, Director of the
    // study, and Chairman of …") is that person.
    if (!target && words.length === 1 && c.kind !== 'place' && wordInfo(key).title)
      target = appositionHost(text, entities, start);
    // 4. Part of a person's name, most recent person first.
    if (!target && words.length === 1 && (c.kind === 'person' || c.kind === 'other'))
      target = ix.parts.latest(key, (e) => e.kind === 'person');
    // A shorter form of an earlier person's full name ("Joshua Norton", "Norton I" after "Joshua Abraham Norton").
    const regnal = words.length > 1 && /^[IVX]+$/.test(words[words.length - 1]!); // "Norton I", "Henry VIII"
    if (!target && !c.office && (c.kind === 'person' || regnal) && words.length > 1) {
      const core = words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && !wordInfoOf(w).title).map(nameKey);
      if (core.length)
        target = ix.parts.latest(core[0]!, (e) => e.kind === 'person' && core.every((w) => e.parts.has(w)));
    }
    // The head word of an earlier organization's name alone ("Congress" after "the United States Congress").
    // Not after a possessive: "King's College" is another college than "Trinity College".
    const possessed = /^['’]s$/.test(textAt(tokens, c.first - 1) ?? '');
    if (
      !target &&
      words.length === 1 &&
      !possessed &&
      c.kind !== 'person' &&
      c.kind !== 'place' &&
      /^\p{Lu}\p{Ll}/u.test(words[0]!)
    ) {
      const tail = ` ${key}`; // once per candidate, not per entity
      target = ix.lastWord.latest(
        lastWordOf(key),
        (e) => e.kind === 'organization' && e.best.tokens > 1 && bestKeyOf(e).endsWith(tail),
      );
    }
    // A school and its short name, in either order ("Harrow School" … "Harrow", `schools.ts`).
    if (!target && c.kind === 'organization') target = sameSchool(byKey, key, words.length);
    // A storm's name alone ("Phailin" after "Cyclone Phailin") is that storm, and casts no vote on its kind: the
    // tagger reads a lone "Rita" as a person.
    let storm = false;
    if (!target && words.length === 1 && c.kind !== 'place') {
      target = ix.stormName.latest(key, (e) => {
        // "cyclone phailin": the words after the first are `key` and the first is a storm word (no split, no join).
        const k = bestKeyOf(e);
        const space = k.indexOf(' ');
        const restIsKey = space < 0 ? key === '' : k.length - space - 1 === key.length && k.endsWith(key);
        return restIsKey && STORM_WORDS.has(space < 0 ? k : k.slice(0, space));
      });
      storm = target !== null;
    }
    if (!target && !c.office && c.kind === 'person' && words.length > 1) {
      const last = nameKey(words[words.length - 1]!);
      // A full name after a one-word mention of the same person ("Norton" … "Joshua Abraham Norton").
      target = ix.keys.earliest(last, (e) => e.kind !== 'organization' && e.best.tokens === 1);
    }
    if (!target) {
      target = {
        index: entities.length,
        kind: c.kind,
        mentions: [],
        keys: new Set(),
        parts: new Set(),
        titled: new Set(),
        titleWords: new Set(),
        roles: new Set(),
        best: { text: surface, tokens: 0 },
        bestKey: null,
        placeKey,
        initials: '',
        looseKeys: new Set(),
        votes: { person: 0, organization: 0, place: 0, other: 0 },
      };
      entities.push(target);
      if (placeKey && !byPlaceKey.has(placeKey)) byPlaceKey.set(placeKey, target); // its display name: below
    }
    target.mentions.push(mention);
    // An acronym of a longer name takes that name's kind and casts no vote ("Digital Humanities (DH)").
    // A nested place joins an entity without voting on its kind ("HANO" the organization stays one).
    if (surnameOf) target.votes.person += 1;
    else if (!(acronym && target.best.tokens > 1) && !glossed && !storm && !(c.nested && target.mentions.length > 1))
      target.votes[c.kind] += c.titled && c.kind === 'person' ? 3 : words.length > 1 ? 2 : 1;
    if (c.titleFrom !== undefined) {
      target.titled.add(text.slice(tokens[c.titleFrom]!.start, end));
      for (let i = c.titleFrom; i < c.first; i++) addTitleWord(ix, target, nameKey(tokens[i]!.text));
    }
    if (c.kind === 'person') for (const role of rolesAround(tokens, c)) target.roles.add(role);
    target.keys.add(key);
    ix.keys.add(key, target);
    if (words.length > 1) {
      const loose = looseKey(words);
      target.looseKeys.add(loose);
      ix.looseKeys.add(loose, target);
    }
    // A surname read as a place keeps its key free: "to Nagano" later is the place.
    if (!surnameOf) byKey.set(key, target);
    // An office ("Emperor of the United States") is no name: its words are not the person's, but "the Emperor"
    // alone later is the same person.
    if (c.office) addTitleWord(ix, target, nameKey(words[0]!));
    else if (c.kind === 'person' || target.kind === 'person')
      for (const w of words)
        if (/^\p{Lu}/u.test(w)) {
          const part = nameKey(w);
          target.parts.add(part);
          ix.parts.add(part, target);
        }
    if (words.length > target.best.tokens && !(acronym && target.best.tokens > 0)) {
      target.best = { text: surface.replace(/['’]s$/, ''), tokens: words.length };
      target.bestKey = null;
      target.initials = initials(words);
      ix.initials.add(target.initials, target);
      indexBest(ix, target);
    }
    if (!c.nested) previous = { c, e: target }; // "(HANO)" after "Housing Authority of New Orleans" is the authority
  }
  linkVocatives(text, tokens, entities);
  linkNominals(text, tokens, entities);
  return mergeAcronyms(entities).map((b) => finish(text, b));
}

function addTitleWord(ix: Indexes, e: Building, word: string): void {
  e.titleWords.add(word);
  ix.titleWords.add(word, e);
}

/** The organization that `key` names as a school: "harrow school" after "harrow", "harrow" after "harrow school". */
function sameSchool(byKey: ReadonlyMap<string, Building>, key: string, words: number): Building | null {
  const org = (k: string): Building | null => {
    const e = byKey.get(k);
    return e?.kind === 'organization' ? e : null;
  };
  const space = key.lastIndexOf(' ');
  if (words > 1) return SCHOOL_HEADS.has(key.slice(space + 1)) ? org(key.slice(0, space)) : null;
  for (const h of SCHOOL_HEADS) {
    const e = org(`${key} ${h}`);
    if (e) return e;
  }
  return null;
}

/** Farthest an appositive office may stand from its person's name, in characters. */
const APPOSITION_REACH = 150;

/** The person named earlier in the same sentence and followed by a comma, nearest first. */
function appositionHost(text: string, entities: readonly Building[], at: number): Building | null {
  let best: { e: Building; end: number } | null = null;
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    for (const m of e.mentions) {
      if (m.end > at || at - m.end > APPOSITION_REACH || (best && m.end <= best.end)) continue;
      const between = text.slice(m.end, at);
      if (between.startsWith(',') && !/[.!?;\n]/.test(between)) best = { e, end: m.end };
    }
  }
  return best?.e ?? null;
}

/** Lower-case role words right before the name or in an appositive right after it ("…, the leader of"). */
function rolesAround(tokens: readonly Token[], c: NameCandidate): string[] {
  const out: string[] = [];
  const before = textAt(tokens, (c.titleFrom ?? c.first) - 1) ?? '';
  if (/^\p{Ll}/u.test(before) && wordInfo(before).title) out.push(before);
  const role = textAt(tokens, c.last + 2);
  if (
    textAt(tokens, c.last) === ',' &&
    /^(?:the|a)$/i.test(textAt(tokens, c.last + 1) ?? '') &&
    role &&
    wordInfo(role).title
  )
    out.push(role.toLowerCase());
  return out;
}

/**
 * An acronym printed without its expansion nearby ("DH" … "Digital Humanities", either order) is the name whose
 * initials it spells, and takes that name's kind: an unknown acronym is no organization by default.
 */
function mergeAcronyms(entities: Building[]): Building[] {
  const expansions = new Map<string, Building>();
  for (const e of entities)
    if (e.kind !== 'person' && e.best.tokens > 1 && e.initials.length >= 2 && !expansions.has(e.initials))
      expansions.set(e.initials, e);
  if (!expansions.size) return entities;
  const merged = new Set<Building>();
  for (const e of entities) {
    if (e.best.tokens !== 1 || !/^\p{Lu}{2,6}$/u.test(e.best.text)) continue;
    const into = expansions.get(e.best.text.toLowerCase());
    if (!into || into === e) continue;
    into.mentions = [...into.mentions, ...e.mentions].sort((a, b) => a.start - b.start);
    for (const k of e.keys) into.keys.add(k);
    merged.add(e);
  }
  return merged.size ? entities.filter((e) => !merged.has(e)) : entities;
}

/**
 * A title alone addressed to someone ("General, is this a waiver?", "Thank you, Senator.") is the one person
 * who bore that title, when exactly one did.
 */
function linkVocatives(text: string, tokens: readonly Token[], entities: Building[]): void {
  // Only a person who bore a title can take a vocative (the bearers below): with none, the scan over every token
  // finds nothing, and most texts name nobody by a title.
  if (!entities.some((e) => e.kind === 'person' && e.titleWords.size > 0)) return;
  const covered = new Set(entities.flatMap((e) => e.mentions.map((m) => m.start)));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]?.text ?? '';
    // Cheap tests first: this runs over every token of the article.
    if (next.length !== 1 || !/^[,?!.]$/.test(next) || covered.has(t.start) || !/^\p{Lu}\p{Ll}/u.test(t.text)) continue;
    const prev = tokens[i - 1];
    if (prev && !/^[,.!?:;"“—]$/.test(prev.text) && !text.slice(prev.end, t.start).includes('\n')) continue;
    const key = t.text.toLowerCase();
    if (!wordInfo(key).title) continue;
    const bearers = entities.filter(
      (e) => e.kind === 'person' && e.titleWords.has(key) && e.mentions[0]!.start < t.start,
    );
    if (bearers.length !== 1) continue;
    const person = bearers[0]!;
    person.mentions = [...person.mentions, { start: t.start, end: t.end, text: t.text }].sort(
      (a, b) => a.start - b.start,
    );
  }
}

/**
 * Nominal mentions: "the leader" after "Kim Jong Un, the leader of North Korea" is Kim, when exactly one person
 * mentioned before it bore that role. Plural and "of"-phrases ("the leader of …") are left alone.
 */
function linkNominals(text: string, tokens: readonly Token[], entities: Building[]): void {
  const people = entities.filter((e) => e.kind === 'person' && e.roles.size > 0);
  if (!people.length) return;
  // Starts of existing mentions: "the" inside a name ("The Hague") is not a nominal.
  const covered = new Set(entities.flatMap((e) => e.mentions.map((m) => m.start)));
  const added = new Map(people.map((p) => [p, [] as Mention[]]));
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.text.toLowerCase() !== 'the') continue;
    const role = tokens[i + 1]!.text;
    if (!/^\p{Ll}/u.test(role) || tokens[i + 2]?.text === 'of' || /^\p{Lu}/u.test(tokens[i + 2]?.text ?? '')) continue;
    const start = tokens[i]!.start;
    const bearers = people.filter((e) => e.roles.has(role) && e.mentions[0]!.start < start);
    if (bearers.length !== 1 || covered.has(start)) continue;
    const end = tokens[i + 1]!.end;
    added.get(bearers[0]!)!.push({ start, end, text: text.slice(start, end) });
  }
  for (const [person, mentions] of added)
    if (mentions.length) person.mentions = [...person.mentions, ...mentions].sort((a, b) => a.start - b.start);
}

function finish(text: string, b: Building): Entity {
  const ranked = (Object.entries(b.votes) as [EntityKind, number][]).sort((x, y) => y[1] - x[1]);
  if (ranked[0]![1] > 0) b.kind = ranked[0]![0];
  if (b.kind === 'person' && containedIn(text, b)) b.kind = 'organization';
  if (b.kind === 'place' && addressedOrMourned(text, b)) b.kind = 'person';
  let name = b.best.text;
  // An institution of one word always printed with "the" is named with it: "the Kremlin", "the Pentagon". A longer
  // name drops the article, as its mentions do ("the Osaka Water Agency" is the Osaka Water Agency).
  if (
    b.kind === 'organization' &&
    b.best.tokens === 1 &&
    b.mentions.every((m) => /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start)))
  )
    name = `the ${name}`;
  if (b.kind === 'place') {
    const p = bestPlace(name);
    if (p && p.kind === 'country') name = p.name; // "U.S." → "United States"
  }
  // A locator is no part of the alias: "Sydney, Australia" is Sydney (`locators.ts`).
  const forms = b.mentions
    .filter((m) => /^\P{Ll}/u.test(m.text))
    .map((m) => m.text.replace(/,[^]*$/, '').replace(/['’]s$/, ''));
  const aliases = [...new Set([...forms, ...b.titled])].filter((a) => a !== name);
  return { id: entityId(b.kind, name), kind: b.kind, name, aliases, mentions: b.mentions };
}

/**
 * A "person" known by one unfamiliar word only, that the text puts something "in" ("the leading edge browser
 * technology in Firefox", "lights in Firefox development"), is a product or a company: one works in those, not in a
 * person. A possessive ("in Warhol's prints") or a citation ("in Carrano (2004)", "in Carrano and Biewener") is
 * still the person. So is one whose name comes before its members ("major Hamas leaders"): that is a group.
 */
/** People of a group named before them: "Hamas leaders", "Quorblex employees". */
const MEMBERS =
  /^\s+(?:leaders?|officials?|members|militants|fighters|supporters|spokes(?:man|woman|person)|activists|employees|staff)\b/;

function containedIn(text: string, b: Building): boolean {
  if (b.best.tokens !== 1 || b.titleWords.size) return false;
  const info = wordInfoOf(b.best.text);
  if (info.firstName || info.lastName || info.person) return false;
  return b.mentions.some(
    (m) =>
      MEMBERS.test(text.slice(m.end, m.end + 14)) ||
      (/\bin\s+$/.test(text.slice(Math.max(0, m.start - 4), m.start)) &&
        !/^\s*(?:['’]|\(\s*\d|(?:and|&)\s+\p{Lu}|et al)/u.test(text.slice(m.end, m.end + 8))),
  );
}

/** What a person has and a town has not: "Arafat's death", "Rod's office". */
const PERSONAL =
  /^\s*['’]\s*s\s+(?:death|passing|funeral|widow|wife|husband|son|daughter|mother|father|office|resume|birthday|assassination)\b/;
/** Spoken to: "Elmira, you are the best". */
const ADDRESSED = /^\s*,\s*(?:you|your|thanks|thank you)\b/i;

/**
 * One word the gazetteer knows only as a small town (under 50,000 people) or not at all, read as a place, is a person
 * when the text gives it a death, an office or a family ("Arafat's passing": a village in Mauritania shares the name),
 * or speaks to it ("Elmira, you r the best").
 */
function addressedOrMourned(text: string, b: Building): boolean {
  if (b.best.tokens !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(b.best.text)) return false;
  const place = bestPlace(b.best.text);
  if (place && (place.kind !== 'city' || place.population >= 50_000)) return false;
  return b.mentions.some((m) => {
    const after = text.slice(m.end, m.end + 30);
    return PERSONAL.test(after) || ADDRESSED.test(after);
  });
}
