/**
 * Turns a speaker phrase into an attribution party: a known entity, a group, a description (anonymous when it
 * names people without naming them), or a pronoun to resolve. Entities come from the entities stage; when it
 * has none for the phrase, the name is the phrase's proper-name core ("Japanese broadcaster TBS" → "TBS").
 */
import type { AttributionParty, Entity, Span } from '../../vocabulary.js';
import {
  ANONYMOUS_HEADS,
  DESCRIPTORS,
  TITLES,
  DOCUMENT_NOUNS,
  ISSUED,
  GROUP_PHRASE,
  ORGANIZATION_HINT,
} from './party-kinds.js';
import { PRONOUNS } from './words.js';
import { PERSON_ROLE } from './speaker-like.js';
import { firstStartAtOrAfter } from './first-start-at.js';
import { wordInfo } from '../entities/wordinfo.js';

export type PartyKind = 'person' | 'organization' | 'place' | 'group' | 'description';

export interface ResolvedParty {
  party: AttributionParty;
  kind: PartyKind;
  /** Offset of the phrase in body.text. */
  at: number;
}

export interface PartyContext {
  text: string;
  entities: readonly Entity[];
  /** Abbreviations defined in the text: "KCNA" → "Korean Central News Agency". */
  abbreviations: ReadonlyMap<string, string>;
}

export type PhraseReading = { pronoun: 'person' | 'thing' | 'plural'; text: string } | ResolvedParty;

/**
 * Definite descriptions that point back to an organization named before: "the company said", "The group
 * state that", "The report claims" (a report stands for whoever issued it).
 */
const DEFINITE_ORGANIZATION =
  /^the\s+(?:company|firm|group|organization|organisation|agency|automaker|carmaker|giant|network|outlet|publication|newspaper|broadcaster|retailer|bank|startup|report|study|website|site|airline|carrier|lender|insurer)$/i;

/**
 * A definite role with at most one word of age or standing before it: "the striker", "the 22-year-old striker", "the
 * former midfielder"; the role is group 1.
 */
export const ROLE_PHRASE = /^the\s+(?:(?:former|young|veteran|retired|\d{1,3}-year-old)\s+)?(\S+)$/i;

/** Possessive pronouns that stand for a speaker: "in his words". */
const POSSESSIVE: ReadonlyMap<string, 'person' | 'thing' | 'plural'> = new Map([
  ['his', 'person'],
  ['her', 'person'],
  ['its', 'thing'],
  ['their', 'plural'],
]);

const PREPOSITION = /^(?:of|for|from|at|in|with|inside|outside|within|near|close|familiar|on)$/i;

/** Reads the speaker phrase at `span` of ctx.text. */
export function readPhrase(ctx: PartyContext, span: Span): PhraseReading | null {
  let { start, end } = span;
  let phrase = ctx.text.slice(start, end);
  const lead = /^(?:as|and|but|so|then|while)\s+/i.exec(phrase);
  if (lead) {
    start += lead[0].length;
    phrase = phrase.slice(lead[0].length);
  }
  const text = phrase;
  // "He’d wondered …": a pronoun with a contracted auxiliary is the pronoun.
  const pronoun =
    PRONOUNS.get(phrase.toLowerCase().replace(/['’](?:d|s|ll|ve|re)$/, '')) ?? POSSESSIVE.get(phrase.toLowerCase());
  if (pronoun) return { pronoun, text };
  if (DEFINITE_ORGANIZATION.test(phrase)) return { pronoun: 'thing', text };
  const ordinal = FORMER_OR_LATTER.exec(phrase);
  if (ordinal) return formerOrLatter(ctx, start, text, ordinal[1]!.toLowerCase() === 'former');
  // "The 61-year-old said", "the striker said": a definite role noun of the closed list points back to the person
  // named before, as "he" or "she" would; a head that may stand for someone never named ("the official") does not.
  const role = ROLE_PHRASE.exec(phrase)?.[1];
  if (role && PERSON_ROLE.test(role.toLowerCase())) return { pronoun: 'person', text };
  // A document stands for its author: "X's statement", "a statement from X", "a White House statement".
  const author = documentAuthor(phrase);
  if (author !== null) {
    if (!author.phrase) return description(text, start, false, 'description');
    start += author.offset;
    end = start + author.phrase.length;
    phrase = author.phrase;
  }
  // A spokesperson with no name of their own speaks for the institution: "Google's spokesman", "a spokeswoman for
  // the ministry" (a lower-case owner stays a description).
  const owner = spokesOwner(phrase);
  if (owner) {
    start += owner.offset;
    end = start + owner.phrase.length;
    phrase = owner.phrase;
  }
  if (GROUP_PHRASE.test(phrase)) return description(text, start, false, 'group');
  const found = entityIn(ctx.entities, start, end);
  // "Hamilton said" after "Margaret Hamilton": a lone surname the entity model took for a place is that person.
  const entity =
    found?.kind === 'place' && /^\p{Lu}\p{Ll}+$/u.test(phrase) ? (surnames(ctx.entities).get(phrase) ?? found) : found;
  const head = headWord(phrase);
  // "The Justice Department said": a person tag on an institution's head word is the entity model's slip; the phrase
  // names the institution, and "it" after it goes back to it.
  if (entity?.kind === 'person' && INSTITUTION_HEAD.test(head) && /^\p{Lu}/u.test(head)) {
    const name = properCore(phrase, ctx.abbreviations);
    return { party: { entityId: null, name, text, anonymous: false }, kind: 'organization', at: start };
  }
  // The entity names the speaker when the phrase's head is in its mention ("TBS", not "New York's … examiner").
  if (
    entity &&
    (entity.kind === 'person' || !ANONYMOUS_HEADS.has(head.toLowerCase())) &&
    headInEntity(ctx, entity, start, end, head)
  ) {
    const kind = entity.kind === 'other' ? 'organization' : entity.kind;
    return { party: { entityId: entity.id, name: entity.name, text, anonymous: false }, kind, at: start };
  }
  // "A colleague of Rothman's": an unnamed person, whatever names the rest of the phrase holds, as "a witness" is.
  const unnamed = (/^\p{Ll}/u.test(head) && /^(?:a|an|one|another)\s/i.test(phrase)) || QUANTIFIER_ALONE.test(phrase);
  const anonymous = ANONYMOUS_HEADS.has(head.toLowerCase()) || unnamed;
  if (anonymous || (/^\p{Ll}/u.test(head) && !hasName(phrase))) {
    const kind = ORGANIZATION_HINT.test(phrase) && !anonymous ? 'organization' : 'description';
    return { party: { entityId: null, name: withoutArticle(phrase), text, anonymous }, kind, at: start };
  }
  const name = properCore(personBeforeAffiliation(phrase), ctx.abbreviations);
  return { party: { entityId: null, name, text, anonymous: false }, kind: guessKind(phrase, name), at: start };
}

/**
 * A quantifier or an indefinite pronoun standing for people it does not name: "Many said …", "some argued that …",
 * "just about everyone has urged me …".
 */
const QUANTIFIER_ALONE =
  /^(?:many|some|most|several|few|(?:(?:just\s+about|nearly|almost|virtually|practically)\s+)?(?:everyone|everybody|anyone|anybody|somebody|someone))$/i;

/** Head words only an institution's name ends on: "the Justice Department", "the Foreign Ministry". */
const INSTITUTION_HEAD =
  /^(?:Department|Ministry|Office|Agency|Committee|Council|Commission|Administration|Bureau|Court|Parliament|Senate|Congress|Government|Party|Embassy|Pentagon|Kremlin)$/;

/** Person entities by the last word of their name, built once per entity list; a name two people share is left out. */
const surnameIndex = new WeakMap<readonly Entity[], Map<string, Entity>>();

function surnames(entities: readonly Entity[]): Map<string, Entity> {
  let index = surnameIndex.get(entities);
  if (!index) {
    index = new Map();
    const shared = new Set<string>();
    for (const e of entities) {
      if (e.kind !== 'person') continue;
      const words = e.name.split(/\s+/);
      if (words.length < 2) continue;
      const last = words[words.length - 1]!;
      if (index.has(last) && index.get(last) !== e) shared.add(last);
      index.set(last, e);
    }
    for (const s of shared) index.delete(s);
    surnameIndex.set(entities, index);
  }
  return index;
}

/** The head word, or only outlet descriptors after the mention ("Yonhap news agency"), lies in the mention. */
function headInEntity(ctx: PartyContext, entity: Entity, start: number, end: number, head: string): boolean {
  if (/^\p{Lu}/u.test(head)) return true;
  return entity.mentions.some(
    (m) =>
      m.start >= start &&
      m.end <= end &&
      ctx.text
        .slice(m.end, end)
        .split(/\s+/)
        .filter(Boolean)
        .every((w) => OUTLET_WORDS.has(w.toLowerCase().replace(/[^\p{L}]/gu, ''))),
  );
}

/** Words that may follow an outlet's name in its phrase. */
const OUTLET_WORDS: ReadonlySet<string> = new Set([
  'news',
  'agency',
  'newspaper',
  'daily',
  'broadcaster',
  'network',
  'channel',
  'wire',
  'service',
  'statement',
  'report',
  'website',
]);

/** A capitalised word past the first: a name inside the phrase ("Yonhap news agency", "the Russian agency TASS"). */
function hasName(phrase: string): boolean {
  // A capital on the first word proves nothing at a sentence start ("Federal prosecutors", "Defense attorneys").
  return phrase.split(/\s+/).some((w, i) => i > 0 && /^\p{Lu}/u.test(w) && !NATIONALITY.test(w));
}

/** Nationality adjectives are capitalised but name nobody ("Russian", "Japanese"). */
const NATIONALITY = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i|ic)$/u;

function description(text: string, at: number, anonymous: boolean, kind: PartyKind): ResolvedParty {
  return { party: { entityId: null, name: withoutArticle(text), text, anonymous }, kind, at };
}

function withoutArticle(s: string): string {
  return s.replace(/^(?:the|a|an)\s+/i, '');
}

/**
 * "Dr. Joneigh Khaldun of the Michigan Department of Health" → "Dr. Joneigh Khaldun": a name of two or more
 * capitalised words before "of"/"at"/"from" is a person and the rest is where they work. A one-word head
 * ("University of Michigan") or an institution ("Commonwealth Bank of Australia") keeps the whole phrase.
 */
function personBeforeAffiliation(phrase: string): string {
  const m = /^(.+?)\s+(?:of|at|from|with)\s+(?:the\s+)?\p{Lu}/u.exec(phrase);
  if (!m) return phrase;
  const names = m[1]!
    .split(/\s+/)
    .filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && !TITLES.has(w.toLowerCase().replace(/\.$/, '')));
  return names.length >= 2 && !ORGANIZATION_HINT.test(m[1]!) ? m[1]! : phrase;
}

/** The head of a phrase: its last word before a preposition ("spokesman" in "a spokesman for the ministry"). */
function headWord(phrase: string): string {
  const words = phrase
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const cut = words.findIndex((w, i) => i > 0 && PREPOSITION.test(w));
  const core = cut > 0 ? words.slice(0, cut) : words;
  return (core[core.length - 1] ?? '').replace(/[^\p{L}\p{N}'’-]/gu, '').replace(/['’]s$/, '');
}

const ARTICLE = '(?:[Tt]he|[Aa]n?|[Oo]ne)';
const SPOKES = String.raw`(?:spokes(?:man|woman|person|people|men|women)|press\s+secretary)`;
/** "Google's (chief) spokesman", "a spokesperson for (the) Apple", "a Pentagon spokeswoman": the owner's span. */
const SPOKES_OWNER = [
  new RegExp(String.raw`^(?:[Tt]he\s+)?(\p{Lu}.*?)['’]s?\s+(?:\p{Ll}+\s+)?${SPOKES}$`, 'u'),
  new RegExp(String.raw`^(?:${ARTICLE}\s+)?(?:\p{Ll}+\s+)?${SPOKES}\s+for\s+(?:the\s+)?(\p{Lu}.*)$`, 'u'),
  new RegExp(String.raw`^(?:${ARTICLE}\s+)?(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*)\s+${SPOKES}$`, 'u'),
];

function spokesOwner(phrase: string): { phrase: string; offset: number } | null {
  for (const re of SPOKES_OWNER) {
    const m = re.exec(phrase);
    // "The spokesman": a capitalised article owns nothing.
    if (m && !/^(?:The|A|An|One)$/.test(m[1]!)) return { phrase: m[1]!, offset: m.index + m[0].lastIndexOf(m[1]!) };
  }
  return null;
}

/** A document noun then a participle of how it came out (noun-phrase.ts ISSUED), and what follows. */
const ISSUED_DOCUMENT = new RegExp(
  `^(.*?\\b(?:${[...DOCUMENT_NOUNS].join('|')}))\\s+(?:${[...ISSUED].join('|')})\\b`,
  'i',
);

function documentAuthor(phrase: string): { phrase: string; offset: number } | null {
  // "A Gallup poll released Tuesday": the document's phrase ends before the participle.
  const issued = ISSUED_DOCUMENT.exec(phrase);
  if (issued) {
    const by = /\s(?:by|from)\s+(.+)$/i.exec(phrase.slice(issued[0].length));
    if (by) return { phrase: by[1]!, offset: phrase.length - by[1]!.length };
    const inner = documentAuthor(issued[1]!);
    return inner?.phrase ? inner : { phrase: '', offset: 0 };
  }
  const words = phrase.split(/\s+/);
  const head = (words[words.length - 1] ?? '').toLowerCase();
  const of =
    /^(.*?\b(?:statement|report|release|communique|announcement|letter|post|readout|message|email|study|studies|survey|review|analysis|poll|investigation|audit|tests|research|data|figures|findings|results|estimates?|calculations))\s+(?:from|by|of|issued by)\s+(.+)$/i.exec(
      phrase,
    );
  if (of) return { phrase: of[2]!, offset: phrase.length - of[2]!.length };
  if (!DOCUMENT_NOUNS.has(head)) return null;
  const rest = phrase.slice(0, phrase.length - head.length).trimEnd();
  const possessive = /^(.*?)['’]s?$/.exec(rest);
  // "The survey found": a determiner alone, or a common adjective opening the sentence ("New research shows"), is no
  // owner, though capitalised.
  const owner = (possessive ? possessive[1]! : rest).replace(
    /^(?:the|a|an|its|his|her|their|this|that|these|those)(?:\s+|$)/i,
    '',
  );
  const stripped = owner.replace(
    /(?:^|\s+)(?:official|brief|joint|written|new|latest|recent|short|separate|earlier|final|preliminary|annual|internal|independent)$/i,
    '',
  );
  if (!/\p{Lu}/u.test(stripped)) return { phrase: '', offset: 0 };
  return { phrase: stripped, offset: phrase.indexOf(stripped) };
}

/** "the former", "the latter": one of a pair named just before. */
const FORMER_OR_LATTER = /^the\s+(former|latter)$/i;
/** How far back (characters) the pair "the former"/"the latter" points to is looked for. */
const PAIR_REACH = 400;

/**
 * 'OkCupid and CREDO Mobile objected to his appointment, with the former asking its users to …': "the former" is the
 * first of the last two names joined by "and" before it, "the latter" the second. Null (no speaker) without such a pair.
 */
function formerOrLatter(ctx: PartyContext, at: number, text: string, former: boolean): ResolvedParty | null {
  const from = Math.max(0, at - PAIR_REACH);
  let pair: RegExpExecArray | null = null;
  for (const m of ctx.text.slice(from, at).matchAll(NAMED_PAIR)) pair = m;
  if (!pair) return null;
  const name = former ? pair[1]! : pair[2]!;
  const start = from + pair.index + (former ? 0 : pair[0].lastIndexOf(name));
  const e = entityIn(ctx.entities, start, start + name.length);
  if (e) return { party: { entityId: e.id, name: e.name, text, anonymous: false }, kind: kindOf(e), at };
  return { party: { entityId: null, name, text, anonymous: false }, kind: guessKind(name, name), at };
}

/** Two names joined by "and": "OkCupid and CREDO Mobile", "Angela Merkel and Emmanuel Macron". */
const NAMED_PAIR =
  /(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}),?\s+and\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/gu;

function kindOf(e: Entity): PartyKind {
  return e.kind === 'other' ? 'organization' : e.kind;
}

export interface IndexedMention {
  start: number;
  end: number;
  entity: Entity;
  /** Position in the entities-then-mentions order, which breaks ties as the plain scan did. */
  order: number;
}

/** Every mention sorted by start, built once per entity list: a scan per speaker phrase was quadratic. */
const mentionIndex = new WeakMap<readonly Entity[], IndexedMention[]>();

export function mentionsOf(entities: readonly Entity[]): IndexedMention[] {
  let index = mentionIndex.get(entities);
  if (!index) {
    let order = 0;
    index = entities.flatMap((entity) =>
      entity.mentions.map((m) => ({ start: m.start, end: m.end, entity, order: order++ })),
    );
    index.sort((a, b) => a.start - b.start || a.order - b.order);
    mentionIndex.set(entities, index);
  }
  return index;
}

/** The mentions that start in [start, end), in text order, found by binary search in the sorted index. */
export function mentionsBetween(entities: readonly Entity[], start: number, end: number): IndexedMention[] {
  const index = mentionsOf(entities);
  const out: IndexedMention[] = [];
  for (let i = firstStartAtOrAfter(index, start); i < index.length && index[i]!.start < end; i++) out.push(index[i]!);
  return out;
}

/** The entity with a mention inside the span: people first, then organizations, then the rest; last wins. */
function entityIn(entities: readonly Entity[], start: number, end: number): Entity | null {
  const rank = { person: 3, organization: 2, other: 1, place: 0 } as const;
  const index = mentionsOf(entities);
  let best: IndexedMention | null = null;
  let bestScore = -1;
  for (let i = firstStartAtOrAfter(index, start); i < index.length && index[i]!.start <= end; i++) {
    const m = index[i]!;
    if (m.end > end) continue;
    const score = rank[m.entity.kind] * 1e7 + m.end;
    if (score > bestScore || (score === bestScore && m.order < best!.order)) [best, bestScore] = [m, score];
  }
  return best?.entity ?? null;
}

/** A name without descriptors, possessive owners and parenthesised abbreviations, expanded when defined. */
function properCore(phrase: string, abbreviations: ReadonlyMap<string, string>): string {
  const paren = /\(([A-Z][\w&.-]{1,9})\)/.exec(phrase);
  let s = phrase.replace(/\s*\([^)]*\)/g, '').trim();
  if (paren && abbreviations.has(paren[1]!)) return abbreviations.get(paren[1]!)!;
  const words = s.split(/\s+/);
  // "Russia's TASS news agency": the owner before a possessive is not the speaker when more name follows.
  const poss = words.findIndex((w) => /['’]s$/.test(w));
  const tailHasName =
    poss >= 0 && words.slice(poss + 1).some((w) => /^\p{Lu}/u.test(w) && !DESCRIPTORS.has(w.toLowerCase()));
  let core = poss >= 0 && tailHasName ? words.slice(poss + 1) : words;
  while (core.length > 1 && isLeadingDescriptor(core[0]!)) core = core.slice(1);
  // Trailing descriptors only in lower case: "Yonhap news agency", but "Korean Central News Agency" is a name.
  let tail = core.length;
  while (tail > 1 && /^\p{Ll}/u.test(core[tail - 1]!) && DESCRIPTORS.has(core[tail - 1]!)) tail--;
  // "the Gironde fire service": a common noun before the descriptor makes it the head of a compound ("fire
  // service") that the name only places; the whole phrase is the speaker's name.
  if (!(tail < core.length && /^\p{Ll}/u.test(core[tail - 1]!))) core = core.slice(0, tail);
  // A descriptor or title before a name goes, with the nationality before it: "Japanese broadcaster TBS".
  const desc = core.findIndex((w) => (/^\p{Ll}/u.test(w) ? DESCRIPTORS.has(w) : TITLES.has(w.toLowerCase())));
  if (desc >= 0 && desc < core.length - 1) {
    let k = desc;
    while (k < core.length - 1 && DESCRIPTORS.has(core[k]!.toLowerCase())) k++;
    if (core.slice(k).some((w) => /^\p{Lu}/u.test(w))) core = core.slice(k);
  }
  s = core.join(' ');
  return abbreviations.get(s) ?? s;
}

/** "the", lower-case descriptors ("broadcaster") and titles ("President") before a name. */
function isLeadingDescriptor(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return w === 'the' || TITLES.has(w) || (/^\p{Ll}/u.test(word) && DESCRIPTORS.has(w));
}

function guessKind(phrase: string, name: string): PartyKind {
  if (ORGANIZATION_HINT.test(`${phrase} ${name}`) || /^[A-Z]{2,6}$/.test(phrase) || /^[A-Z]{2,6}$/.test(name))
    return 'organization';
  if (/\b(?:President|Minister|Mr|Mrs|Ms|Dr|Secretary|Senator|Gov|Sen|Rep|spokesman|spokeswoman)\b/.test(phrase))
    return 'person';
  const words = name.split(/\s+/);
  // "Big Machine", "Silver Line Partners": a name that opens with an ordinary word, not a given name, is no person's.
  const first = wordInfo(words[0]!.toLowerCase());
  if (words.length >= 2 && first.common && !first.firstName) return 'organization';
  return words.length >= 2 ? 'person' : 'organization';
}

/** Abbreviations the text defines: "The Korean Central News Agency (KCNA)" → KCNA = Korean Central News Agency. */
export function definedAbbreviations(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/\(([A-Z][A-Za-z&]{1,8})\)/g)) {
    const abbr = m[1]!;
    if (out.has(abbr)) continue;
    // The words before the parenthesis, back to a clause break: a linear scan, no backtracking regex.
    const before =
      text
        .slice(Math.max(0, m.index - 120), m.index)
        .split(/[,;:.!?()"“”\n]/)
        .pop() ?? '';
    const words = before.trim().split(/\s+/).filter(Boolean);
    // The longest run of words whose capitals spell the abbreviation ("The Korean Central News Agency").
    for (let i = 0; i < words.length; i++) {
      const caps = words
        .slice(i)
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => w[0])
        .join('');
      if (caps.toUpperCase() === abbr.toUpperCase() || (caps.length > 1 && abbr.startsWith(caps))) {
        out.set(
          abbr,
          words
            .slice(i)
            .join(' ')
            .replace(/^The\s+/, ''),
        );
        break;
      }
    }
  }
  return out;
}
