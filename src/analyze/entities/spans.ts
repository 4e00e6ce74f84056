/** Tagger output → name candidates: BIO runs become spans, leading titles become the title part. */
import { startsLower } from './letter-case.js';
import type { EntityKind } from '../../vocabulary.js';
import { phraseOf, startsSentence, type NameCandidate } from './rules.js';
import type { Tag } from './tagger.js';
import type { Token } from './tokenize.js';
import { fieldNotFirm } from './business-lines.js';
import { BUSINESS_LINES, CREDIT_LABELS, NEVER_NAMES, ORG_HEADS_OF, STORM_WORDS } from './lexicon.js';
import { bestPlace, lexiconTags, wordInfo, wordInfoOf } from './wordinfo.js';

const KIND: Readonly<Record<string, EntityKind>> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'place',
  OTH: 'other',
};

/** Spans of B/I runs; a person's leading titles ("Professor", "Foreign Minister") are split off. */
export function candidatesFromTags(text: string, tokens: readonly Token[], tags: readonly Tag[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (let i = 0; i < tags.length;) {
    if (tags[i] === 'O') {
      i++;
      continue;
    }
    const type = tags[i]!.slice(2);
    let j = i + 1;
    // A name never runs across a line break (a heading above the first paragraph).
    while (
      j < tags.length &&
      tags[j] === `I-${type}` &&
      !text.slice(tokens[j - 1]!.end, tokens[j]!.start).includes('\n')
    )
      j++;
    const kind = KIND[type] ?? 'other';
    let first = i;
    while (first < j - 1 && kind === 'person' && wordInfoOf(tokens[first]!.text).title) first++;
    if (kind === 'person') first = pastRoleWords(text, tokens, first, j);
    if (kind === 'person') {
      const office = pastOfficeOf(tokens, i, first, j);
      if (office === null) {
        // "Secretary of State" read apart from the name right after it: the title of that person, no mention.
        if (tags[j] === 'B-PER') {
          i = j;
          continue;
        }
        first = i; // "the Secretary of State said": the office stands for the person, whole
      } else first = office;
    }
    // Capitalised titles the tagger left out in front ("General" in "General Prelogar") still belong to the
    // mention, and the person bore them.
    let from = i;
    while (kind === 'person' && from > 0 && isCapitalisedTitle(text, tokens, from - 1)) from--;
    const titled = first > from || (from > 0 && wordInfoOf(tokens[from - 1]!.text).title);
    out.push({ first, last: j, kind, titled, ...(first > from && { titleFrom: from }) });
    i = j;
  }
  return out;
}

/** A capitalised word naming what an office is of ("State", "Staff", "Communications"): no name the lexicon knows. */
function officeField(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const info = wordInfoOf(word);
  return !(info.firstName || info.lastName || info.person || info.place || info.org || info.demonym);
}

/**
 * The first word of a person's span past an office "<Title> of <field>" in front of the name ("Secretary of State
 * Owen Carraway", "Chief of Staff Brian Tallow", with the title inside the span or just before it), `first` when
 * there is none, or null when the span holds the office and no name ("Secretary of State"). The field is one or two
 * capitalised words that are no name the lexicon knows ("Duke of Wellington" has none).
 */
function pastOfficeOf(tokens: readonly Token[], from: number, first: number, last: number): number | null {
  let at: number;
  if (first > from && tokens[first]!.text === 'of') at = first + 1;
  else if (
    first === from &&
    tokens[first - 1]?.text === 'of' &&
    /^\p{Lu}/u.test(tokens[first - 2]?.text ?? '') &&
    wordInfoOf(tokens[first - 2]!.text).title
  )
    at = first;
  else return first;
  let k = at;
  // An ordinary word is a field wherever it stands; another word only with two words after it for the name
  // ("Minister of Defense Hazem Shaalan" keeps "Hazem").
  while (k < last && k - at < 2 && officeField(tokens[k]!.text) && (last - k > 2 || wordInfoOf(tokens[k]!.text).common))
    k++;
  if (k === at) return at === first ? first : null;
  return k < last ? k : at === first ? first : null;
}

/** Endings of nouns of a trade or office ("Seismologist", "Mediator", "Prefect", "Librarian", "Consultant"). */
const ROLE_ENDING = /(?:ist|or|er|ect|ian|ant|ent|ary)$/;

/**
 * The first word of a person's span past leading role words: "Cabinet Secretary" in "Chief Cabinet Secretary Haruto
 * Kimura" (ordinary words up to a title), or a word of a trade opening the sentence ("Seismologist Yuki Tanaka",
 * "Prefect Luc Perrin"), which no lexicon lists as a title. Two capitalised words stay for the name.
 */
function pastRoleWords(text: string, tokens: readonly Token[], first: number, last: number): number {
  const known = (k: number) => {
    const info = wordInfoOf(tokens[k]!.text);
    return info.firstName || info.lastName || info.person || info.place || info.org || info.demonym;
  };
  for (let k = last - 3; k >= first; k--) {
    if (!wordInfoOf(tokens[k]!.text).title || !/^\p{Lu}/u.test(tokens[k + 1]!.text)) continue;
    let ordinary = true;
    for (let m = first; m < k && ordinary; m++) ordinary = !known(m) && /^\p{Lu}\p{Ll}+$/u.test(tokens[m]!.text);
    return ordinary ? k + 1 : first;
  }
  const word = tokens[first]!.text;
  if (
    last - first >= 3 &&
    startsSentence(text, tokens, first) &&
    /^\p{Lu}\p{Ll}{4,}$/u.test(word) &&
    ROLE_ENDING.test(word) &&
    !known(first) &&
    !bestPlace(word)
  )
    return first + 1;
  return first;
}

function isCapitalisedTitle(text: string, tokens: readonly Token[], at: number): boolean {
  const t = tokens[at]!;
  return (
    /^\p{Lu}\p{Ll}/u.test(t.text) &&
    wordInfoOf(t.text).title &&
    !text.slice(t.end, tokens[at + 1]!.start).includes('\n')
  );
}

/**
 * Tagger spans corrected by the rules' strong evidence: a titled person inside a tagger span splits it
 * ("U.S. President Donald Trump" → "U.S." + "Donald Trump"), a strong rule kind overrides the tagger's on the
 * same tokens, and strong rule names the tagger missed are added ("TASS", "Yonhap news agency"), as are people
 * whose first name the lexicon knows ("Philip Zelikow").
 */
export function combine(
  tokens: readonly Token[],
  tagged: readonly NameCandidate[],
  rules: readonly NameCandidate[],
  addWeak = false,
): NameCandidate[] {
  const strong = rules.filter((r) => r.strong);
  // Strong rule candidates by first token, so that each tagger span looks only at its own tokens.
  const startingAt = new Map<number, NameCandidate>();
  for (const r of strong) startingAt.set(r.first, r);
  // Weak organizations of the rules, by the token after them (a title there: "ECB President …").
  const weakBodyAt = new Map<number, NameCandidate>();
  for (const r of rules) if (!r.strong && r.kind === 'organization') weakBodyAt.set(r.last, r);
  const personByRules = new Map<number, NameCandidate>();
  for (const r of rules)
    if (
      r.kind === 'person' &&
      r.last - r.first >= 2 &&
      r.last - r.first <= 3 &&
      tokens.slice(r.first, r.last).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !wordInfoOf(t.text).common)
    )
      personByRules.set(r.first, r);
  const out: NameCandidate[] = [];
  for (const t of joinOfNames(tokens, tagged, startingAt)) {
    // "St. Louis", "General Motors" read as a titled person: the rules' strong place or organization wins.
    const whole = t.titleFrom === undefined ? undefined : startingAt.get(t.titleFrom);
    if (whole && whole.last === t.last && whole.kind !== 'person') {
      out.push(whole);
      continue;
    }
    const inside: NameCandidate[] = [];
    for (let i = t.first; i < t.last; i++) {
      const r = startingAt.get(i);
      if (r && r.last <= t.last) inside.push(r);
    }
    const titled = inside.find((r) => r.kind === 'person' && r.titleFrom !== undefined && r.titleFrom >= t.first);
    if (titled) {
      const before = inside.filter((r) => r.last <= titled.titleFrom!);
      // "ECB President Christine Lagarde": the body before the title, an acronym the rules read weakly, stays.
      const body = weakBodyAt.get(titled.titleFrom!);
      if (body && body.first >= t.first && !before.some((r) => r.last > body.first)) before.push(body);
      out.push(...before, titled);
      continue;
    }
    let c = t;
    // "Isabel Ruiz of Heaven Sent Gaming": a person's span ends before "of" + an organization or place.
    const after = c.kind === 'person' ? inside.find((r) => r.kind !== 'person' && r.first > c.first + 1) : undefined;
    if (after && /^(?:of|from|at)$/.test(tokens[after.first - 1]!.text)) {
      c = { ...c, last: after.first - 1 };
      out.push(after);
    }
    const split = splitAffiliation(tokens, c);
    if (split) {
      c = split.person;
      out.push(split.affiliation);
    }
    if (c.kind === 'person') {
      let first = c.first;
      while (first < c.last - 1 && isTitleOrDemonym(tokens[first]!.text)) first++;
      const office = pastOfficeOf(tokens, c.first, first, c.last);
      if (office === null) {
        // "Director of Communications" right before a person's name is that person's title, no mention.
        if (tagged.some((r) => r.first === c.last && r.kind === 'person')) continue;
        first = c.first;
      } else first = office;
      if (first > c.first) c = { ...c, first, titled: true, titleFrom: c.first };
    }
    const same = inside.find((r) => r.first === c.first && r.last === c.last);
    if (same && same.kind !== c.kind) c = { ...c, kind: same.kind };
    // The tagger learned "Google", "YouTube" as other from GUM's few product readings; GUM and UNER mostly type
    // the names compromise's lexicon files as organizations so.
    else if (c.kind === 'other' && wordInfo(phraseOf(tokens, c.first, c.last).toLowerCase()).org)
      c = { ...c, kind: 'organization' };
    // A photographer after the agency in a credit line ("Eastline/Haruto Kimura"): two or three words no lexicon
    // knows as ordinary words, that the rules read as a person and the tagger, with no context, as other.
    else if (c.kind === 'other' && personByRules.get(c.first)?.last === c.last && creditSlash(tokens, c.first))
      c = { ...c, kind: 'person' };
    out.push(c);
  }
  const covered = new Uint8Array(tokens.length);
  for (const c of out) covered.fill(1, c.first, c.last);
  // A first name the lexicon knows and a capitalised word after it, which the tagger left out ("Sept. 11 Commission
  // member Philip Zelikow", "the intrepid Ed Wong"), is a person.
  // So is a name the lexicon files as an organization, as the owner or the speaker of its sentence ("Microsoft's
  // Satya Nadella", "Walmart said"), which the tagger left out at the start of a sentence.
  const named = rules.filter(
    (r) =>
      !r.strong &&
      ((r.kind === 'person' && r.last - r.first >= 2 && wordInfoOf(tokens[r.first]!.text).firstName) ||
        (r.kind === 'organization' &&
          OWNER_OR_SPEAKER.has(tokens[r.last]?.text ?? '') &&
          wordInfo(phraseOf(tokens, r.first, r.last).toLowerCase()).org)),
  );
  for (const r of addWeak ? rules : [...strong, ...named])
    if (!covered.subarray(r.first, r.last).some((x) => x)) {
      out.push(r);
      covered.fill(1, r.first, r.last);
    }
  return out.sort((a, b) => a.first - b.first);
}

/** Words after a name that make it the owner or the speaker of its sentence. */
const OWNER_OR_SPEAKER: ReadonlySet<string> = new Set(["'s", '’s', 'said', 'says', 'announced', 'reported']);

/** A slash glued to the word before `at` and to `at` itself: "Agency/Name" in a credit line. */
function creditSlash(tokens: readonly Token[], at: number): boolean {
  const slash = tokens[at - 1];
  return slash?.text === '/' && slash.end === tokens[at]!.start && tokens[at - 2]?.end === slash.start;
}

/**
 * "National Library" + "Netherlands" read apart by the tagger are one name when a strong rule reads "National
 * Library of the Netherlands" (an organization or place head before "of"): the rule's span replaces the pieces.
 */
function joinOfNames(
  tokens: readonly Token[],
  tagged: readonly NameCandidate[],
  startingAt: ReadonlyMap<number, NameCandidate>,
): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (let i = 0; i < tagged.length; i++) {
    const t = tagged[i]!;
    const r = startingAt.get(t.first);
    let j = i + 1;
    while (r && j < tagged.length && tagged[j]!.last <= r.last) j++;
    const joined = r && j - i >= 2 && tagged[j - 1]!.last === r.last && t.kind !== 'person';
    if (joined && tokens.slice(t.last, r.last).some((x) => x.text === 'of')) {
      out.push({ ...t, last: r.last, kind: r.kind });
      i = j - 1;
    } else out.push(t);
  }
  return out;
}

/**
 * "Isabel Ruiz of Heaven Sent Gaming", "Lydia Buchtmann for Food Standards Australia": a first name and a surname,
 * then "of"/"for" and a name, are a person and their affiliation, which the tagger may read as one span.
 */
function splitAffiliation(
  tokens: readonly Token[],
  c: NameCandidate,
): { person: NameCandidate; affiliation: NameCandidate } | null {
  if (c.kind !== 'person' && c.kind !== 'other') return null;
  for (let k = c.first + 2; k <= Math.min(c.first + 3, c.last - 2); k++) {
    if (tokens[k]!.text !== 'of' && tokens[k]!.text !== 'for') continue;
    const names = tokens.slice(c.first, k);
    if (!wordInfoOf(names[0]!.text).firstName || !names.every((t) => /^\p{Lu}/u.test(t.text))) return null;
    if (names.some((t) => wordInfoOf(t.text).title)) return null; // "Earl of Clare" is a style
    const form = phraseOf(tokens, k + 1, c.last);
    return {
      person: { ...c, last: k, kind: 'person' },
      affiliation: { first: k + 1, last: c.last, kind: bestPlace(form) ? 'place' : 'organization', titled: false },
    };
  }
  return null;
}

const ALL_CAPS = /^\p{Lu}{2,}$/u;
const HAS_LOWER = /\p{Ll}/u;

/**
 * Where a name printed in mixed case runs into a clause shouted in capitals ("Argentina MIX IT ALL UP"): the first
 * of two capitalised words in a row that the lexicon knows as ordinary words, right after a word with lower-case
 * letters, ends the name; `last` when there is none. Acronyms after a name ("Kia EV", "Apple TV") are no ordinary
 * words, and a name all in capitals has no word with lower-case letters before its capitals.
 */
function beforeShouting(tokens: readonly Token[], first: number, last: number): number {
  for (let k = first + 1; k + 1 < last; k++) {
    if (!HAS_LOWER.test(tokens[k - 1]!.text)) continue;
    const a = tokens[k]!.text;
    const b = tokens[k + 1]!.text;
    if (ALL_CAPS.test(a) && ALL_CAPS.test(b) && wordInfoOf(a).common && wordInfoOf(b).common) return k;
  }
  return last;
}

/** Words that end a person's name in an all-caps heading. */
// prettier-ignore
const HEADING_BREAKS: ReadonlySet<string> = new Set([
  'on', 'of', 'the', 'in', 'at', 'for', 'to', 'with', 'by', 'and', 'or', 'from', 'as', 'an',
]);

const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;
/** A surname with the Arabic article, which keeps its lower case inside a name. */
const ARABIC_ARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az|ibn|bin)-\p{Lu}\p{Ll}+$/u;

/** compromise tags of words that end no name: e-mail and web text run a name into the next sentence's first word. */
// prettier-ignore
const FUNCTION_TAGS: ReadonlySet<string> = new Set([
  'Conjunction', 'Determiner', 'Preposition', 'Pronoun', 'Expression', 'Possessive', 'QuestionWord', 'Modal',
  'Copula', 'Negative', 'PastTense',
]);
/** Adverbs of place that open a sentence ("Sean Here is the file"): compromise files them as nouns. */
const PLACE_ADVERBS: ReadonlySet<string> = new Set(['here', 'there']);

/** A capitalised function word or past tense that ends no name ("Canada If", "Memphis This", "John Attached"). */
function functionWord(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (PLACE_ADVERBS.has(lower)) return true;
  const info = wordInfoOf(word);
  return info.common && !info.title && lexiconTags(lower).every((t) => FUNCTION_TAGS.has(t));
}

/**
 * Tagger spans cleaned of what is no name: words that never are (`NEVER_NAMES`: "Please", "Thank") trimmed from
 * either end, a mixed-case name cut where a clause shouted in capitals begins ("Peru MIX IT ALL UP",
 * `beforeShouting`), and person spans that run two names together split ("Pam Butler Renee Ratcliff", "Vince
 * Vince" — lists and signatures in web text) or end in an ordinary word ("Phillip Allen Let") or an all-caps
 * heading's next words.
 */
export function cleanSpans(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  const taken = new Set<number>();
  for (const c of candidates) for (let k = c.first; k < c.last; k++) taken.add(k);
  const never = (i: number): boolean => NEVER_NAMES.has(tokens[i]!.text.toLowerCase());
  for (const c0 of candidates.flatMap((c) => (c.kind === 'person' ? splitAtCodes(tokens, c) : [c]))) {
    let { first, last } = c0;
    while (first < last && never(first)) first++;
    last = beforeShouting(tokens, first, last);
    while (last > first && (never(last - 1) || (last - first >= 2 && functionWord(tokens[last - 1]!.text)))) last--;
    if (first === last) continue;
    // "CFLs", "NGOs", "DVDs": an acronym in the plural is a common noun, no name.
    if (last - first === 1 && PLURAL_ACRONYM.test(tokens[first]!.text)) continue;
    // "Cyclone Phailin", "Hurricane Katrina": a storm, whatever the tagger read.
    if (last - first >= 2 && STORM_WORDS.has(tokens[first]!.text.toLowerCase())) {
      out.push({ ...c0, first, last, kind: 'other', titled: false, titleFrom: undefined });
      continue;
    }
    if (c0.kind !== 'person') {
      let c = first === c0.first && last === c0.last ? c0 : { ...c0, first, last, titleFrom: undefined };
      // A code of letters and digits the gazetteer does not know ("COVID-19", "G20") is no place.
      if (c.kind === 'place' && last - first === 1 && /\d/.test(tokens[first]!.text) && !bestPlace(tokens[first]!.text))
        c = { ...c, kind: 'other' };
      // "the A55 motorway", "the M25 road": a road's number is the road, a place.
      if (last - first === 1 && CODE.test(tokens[first]!.text) && ROAD_WORDS.has(tokens[last]?.text ?? ''))
        c = { ...c, kind: 'place' };
      out.push(c);
      continue;
    }
    const info = (i: number) => wordInfoOf(tokens[i]!.text);
    // An Arabic surname with its article runs on in lower case ("Muqtada al-Sadr", "Wajiha al-Sabunji").
    while (last < tokens.length && ARABIC_ARTICLE.test(tokens[last]!.text) && !taken.has(last)) last++;
    // An all-caps heading runs on past the name: "GEN. ELIZABETH B. PRELOGAR ON BEHALF OF THE PETITIONERS".
    for (let k = first + 1; k < last; k++)
      if (ALL_CAPS.test(tokens[k]!.text) && HEADING_BREAKS.has(tokens[k]!.text.toLowerCase())) last = k;
    // Not the field of an office ("Secretary of State", "Chief of Staff": the ordinary word after "of" belongs).
    while (
      last - first >= 3 &&
      info(last - 1).common &&
      !info(last - 1).lastName &&
      !info(last - 1).firstName &&
      tokens[last - 2]!.text !== 'of'
    )
      last--;
    // What that uncovered may be a greeting ("Marco Dear All, …": the next message's salutation).
    while (last - first >= 2 && never(last - 1)) last--;
    let from = first;
    for (let k = first + 1; k < last; k++) {
      const repeated = tokens[k]!.text === tokens[k - 1]!.text;
      // A signature, then the next message's salutation: "… Phillip Jim, Take a look", "Vince Traci, Thanks".
      const greeted =
        k === last - 1 &&
        info(k).firstName &&
        !info(k).lastName &&
        tokens[k + 1]?.text === ',' &&
        salutationFollows(tokens[k + 2]?.text ?? '');
      const newName =
        k - from >= 2 &&
        info(k).firstName &&
        !info(k).lastName &&
        !info(k - 1).firstName &&
        !/^\p{Lu}\.?$/u.test(tokens[k - 1]!.text);
      if (repeated || newName || greeted) {
        out.push({ ...c0, first: from, last: k, ...(from !== c0.first && { titleFrom: undefined, titled: false }) });
        from = k;
      }
    }
    const rest = { ...c0, first: from, last };
    if (from !== c0.first) {
      delete rest.titleFrom;
      rest.titled = false;
    }
    out.push(rest);
  }
  return out;
}

/** The first word of a message after its salutation: capitalised, and an ordinary word ("Take", "Thanks"), no name. */
function salutationFollows(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const info = wordInfoOf(word);
  return (info.common && !info.firstName && !info.lastName) || NEVER_NAMES.has(word.toLowerCase());
}

/** Lower-case words after a road's number ("the A55 motorway"). */
const ROAD_WORDS: ReadonlySet<string> = new Set(['motorway', 'highway', 'road', 'autobahn', 'expressway', 'freeway']);

const DIGIT = /\d/;
/** Letters and digits, no number or ordinal ("IE6", "4105SF"; not "80,000", "1st"). */
const CODE = /^(?!\d+(?:st|nd|rd|th)$)(?=.*\p{L})(?=.*\d)/u;

/**
 * No one's name has digits: in a person's span, codes of letters and digits ("IE6", "I-44", "4105SF" in a
 * signature) are something else (kind other), numbers no name ("80,000 Germans"), and the words around them the
 * names they are ("Debra Perlingiere 4105SF Debra …").
 */
function splitAtCodes(tokens: readonly Token[], c: NameCandidate): NameCandidate[] {
  let i = c.first;
  while (i < c.last && !DIGIT.test(tokens[i]!.text)) i++;
  if (i === c.last) return [c];
  const out: NameCandidate[] = [];
  let from = c.first;
  while (from < c.last) {
    const code = DIGIT.test(tokens[from]!.text);
    let to = from + 1;
    while (to < c.last && DIGIT.test(tokens[to]!.text) === code) to++;
    if (code) {
      if (tokens.slice(from, to).some((t) => CODE.test(t.text)))
        out.push({ first: from, last: to, kind: 'other', titled: false });
    } else if (from === c.first) out.push({ ...c, last: to });
    else out.push({ first: from, last: to, kind: 'person', titled: false });
    from = to;
  }
  return out;
}

function extendsName(tokens: readonly Token[], at: number, starts: ReadonlySet<number>, before: boolean): boolean {
  const word = tokens[at]?.text ?? '';
  if (!/^\p{Lu}/u.test(word)) return false;
  const info = wordInfoOf(word);
  if (before) return !(info.common && (starts.has(at) || word.length <= 3));
  return !(info.firstName && !info.lastName && /^\p{Lu}/u.test(tokens[at + 1]?.text ?? ''));
}

function isTitleOrDemonym(word: string): boolean {
  const info = wordInfoOf(word);
  return info.title || info.demonym;
}

/**
 * One sense per discourse: a name found once is found everywhere it recurs. Every later (or earlier) uncovered
 * occurrence of a found name — or of the first or last word of a person's name ("Eastman" after "Cres
 * Eastman") — becomes a candidate of the same kind.
 */
/** A short form: a capital, then letters or digits with a second capital ("ACPeds", "M5S", "DPRK"). */
const SHORT_FORM = /^\p{Lu}[\p{L}\d&]*\p{Lu}[\p{L}\d]*$/u;

export function propagate(
  tokens: readonly Token[],
  candidates: readonly NameCandidate[],
  starts: ReadonlySet<number> = new Set(),
): NameCandidate[] {
  const forms = new Map<string, EntityKind>();
  // A part of a person's name at a sentence start that the document also prints in lower case ("Iodine … iodine")
  // is an ordinary word there.
  const parts = new Set<string>();
  // Built on first need: most documents never ask (it is a set of nearly every word).
  let lowerSeen: Set<string> | null = null;
  const seenLower = (word: string): boolean => {
    if (!lowerSeen) {
      lowerSeen = new Set();
      for (const t of tokens) if (startsLower(t.text)) lowerSeen.add(t.text);
    }
    return lowerSeen.has(word);
  };
  for (const c of candidates) {
    const words = tokens.slice(c.first, c.last).map((t) => t.text);
    // The acronym of a name of two capitalised words or more ("DH" for "Digital Humanities"); merging
    // (`chains.ts`) joins it to that name.
    const caps = words.filter((w) => /^\p{Lu}/u.test(w));
    if (c.kind !== 'person' && caps.length >= 2 && caps.length === words.filter((w) => w.length > 3).length) {
      const acronym = caps.map((w) => w[0]).join('');
      if (!forms.has(acronym)) forms.set(acronym, c.kind);
    }
    if (c.kind === 'other') continue;
    // "the American College of Pediatricians (ACPeds)": the short form in brackets after a name is that name's.
    const short = tokens[c.last + 1]?.text;
    if (
      c.kind !== 'person' &&
      tokens[c.last]?.text === '(' &&
      tokens[c.last + 2]?.text === ')' &&
      short !== undefined &&
      SHORT_FORM.test(short) &&
      !forms.has(short)
    )
      forms.set(short, c.kind);
    if (!forms.has(words.join(' '))) forms.set(words.join(' '), c.kind);
    if (c.kind === 'person' && words.length > 1)
      for (const w of [words[0]!, words[words.length - 1]!])
        if (/^\p{Lu}\p{Ll}/u.test(w) && !wordInfoOf(w).title && !forms.has(w)) {
          forms.set(w, 'person');
          parts.add(w);
        }
  }
  const covered = new Uint8Array(tokens.length);
  // A person's title is part of the mention: "Emperor" in "Emperor Joshua Norton" is no second one.
  for (const c of candidates) covered.fill(1, c.titleFrom ?? c.first, c.last);
  // Forms indexed by their first word, so that each capitalised token tries only the forms it can start.
  const byFirst = new Map<string, { words: string[]; kind: EntityKind }[]>();
  for (const [form, kind] of forms) {
    const words = form.split(' ');
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, kind });
    byFirst.set(
      words[0]!,
      list.sort((a, b) => b.words.length - a.words.length),
    );
  }
  // A found name printed whole where a shorter name was found inside it ("Sent Gaming" in "… is Heaven Sent
  // Gaming") replaces that shorter one.
  const byToken = new Map<number, NameCandidate>();
  for (const c of candidates) for (let k = c.first; k < c.last; k++) byToken.set(k, c);
  const replaced = new Set<NameCandidate>();
  const inside = (first: number, last: number): boolean => {
    for (let k = first; k < last; k++) {
      const c = byToken.get(k);
      if (c && (replaced.has(c) || c.first < first || c.last > last || c.last - c.first >= last - first)) return false;
    }
    return true;
  };
  const added: NameCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] && byToken.get(i)?.first === i) continue;
    const starting = byFirst.get(tokens[i]!.text);
    if (starting === undefined) continue; // most tokens start no found name
    for (const { words, kind } of starting) {
      const n = words.length;
      if (n === 1 && starts.has(i) && parts.has(words[0]!) && seenLower(words[0]!.toLowerCase())) continue;
      if (i + n > tokens.length || words.some((w, k) => tokens[i + k]!.text !== w)) continue;
      if (covered.subarray(i, i + n).some((x) => x) && (n < 2 || !inside(i, i + n))) continue;
      // A longer capitalised run around it is another name ("Putin Street"), not this one; but an ordinary word
      // capitalised by position before it ("In Byron's …") or the first name of the next person after it
      // ("…, the Netherlands Lotte Wilms") is no part of it.
      if (extendsName(tokens, i - 1, starts, true) || extendsName(tokens, i + n, starts, false)) break;
      for (let k = i; k < i + n; k++) {
        const inner = byToken.get(k);
        if (inner) replaced.add(inner);
      }
      const c: NameCandidate = { first: i, last: i + n, kind, titled: false };
      added.push(c);
      covered.fill(1, i, i + n);
      for (let k = i; k < i + n; k++) byToken.set(k, c);
      break;
    }
  }
  const kept = replaced.size ? candidates.filter((c) => !replaced.has(c)) : candidates;
  return added.length ? [...kept, ...added].sort((a, b) => a.first - b.first) : [...candidates];
}

/** Last words that make a name of two words or more a place, whatever the tagger read ("Emperor Norton Bridge"). */
// prettier-ignore
const PLACE_HEADS: ReadonlySet<string> = new Set([
  'island', 'islands', 'airport', 'square', 'sea', 'park', 'station', 'river', 'bridge', 'street', 'st', 'ave',
  'avenue', 'palace', 'road', 'province', 'stadium', 'coast', 'tower', 'mountain', 'mountains', 'valley', 'bay',
  'beach', 'peninsula', 'canyon', 'desert', 'forest', 'falls', 'cemetery', 'boulevard', 'highway', 'lane', 'plaza',
  'harbour', 'harbor', 'cathedral', 'temple', 'mosque', 'museum', 'ocean', 'gulf', 'strait', 'glacier', 'reef',
  'hotel', 'expressway', 'freeway', 'parkway', 'hall', 'lodge', 'arena', 'terrace', 'market', 'theatre', 'theater',
  'resort', 'zoo', 'gardens', 'pier', 'wharf', 'monument', 'tunnel', 'tube',
  // features of the earth, of land and sea floor ("Kermadec Trench", "Tarim Basin")
  'trench', 'ridge', 'basin', 'plateau', 'fault', 'lagoon',
]);
/** Last words that make such a name an organization ("Atlantic Lottery Corporation", "Brown University"). */
// prettier-ignore
const ORG_HEADS: ReadonlySet<string> = new Set([
  'university', 'court', 'church', 'magazine', 'army', 'foundation', 'office', 'department', 'academy', 'league',
  'association', 'agency', 'institute', 'college', 'navy', 'authority', 'bureau', 'ministry', 'inc', 'corp',
  'corporation', 'ltd', 'llc', 'plc', 'company', 'council', 'committee', 'commission', 'federation',
  'organization', 'organisation', 'parliament', 'senate', 'administration', 'police', 'airlines', 'airways',
  // a plural common noun of members ends a body of them, no person ("Harbour Employers", "United Auto Workers")
  'employers', 'workers', 'investors',
  // a school named by its level alone ("Maplecrest Elementary"), an organization as "… School" is
  'elementary',
  ...BUSINESS_LINES,
  // clubs' last words ("Manchester United", "Blackburn Rovers", "Wolverhampton Wanderers", "Oakland Athletics")
  'united', 'rovers', 'wanderers', 'athletics', 'hotspur', 'albion',
  // newspapers' last words ("San Francisco Bulletin", "Houston Chronicle", "Philadelphia Inquirer")
  'bulletin', 'chronicle', 'examiner', 'inquirer', 'courier', 'dispatch', 'gazette', 'tribune', 'herald', 'journal',
]);

/** Last words that make such a name an event, a prize or a law: no person ("Claim to Fame Contest", "Lantern Festival"). */
// prettier-ignore
const OTHER_HEADS: ReadonlySet<string> = new Set([
  'act', 'cup', 'war', 'award', 'awards', 'festival', 'program', 'programme', 'fair', 'prize', 'championship',
  'championships', 'revolution', 'medal', 'draft', 'tournament', 'contest', 'olympics', 'treaty', 'declaration',
  'trophy', 'marathon', 'expo',
]);

/** A name of two words or more takes the kind its last word gives it (`PLACE_HEADS`, `ORG_HEADS`, `OTHER_HEADS`). */
function isCountryName(tokens: readonly Token[], c: NameCandidate): boolean {
  const first = tokens[c.first]?.text.toLowerCase() === 'the' ? c.first + 1 : c.first;
  return c.last - first > 1 && bestPlace(phraseOf(tokens, first, c.last))?.kind === 'country';
}

export function kindBySuffix(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  return candidates.map((c) => {
    if (c.last - c.first < 2 || c.nested) return c;
    // A country's official name ends in an organization word ("Russian Federation", "Czech Republic", "United
    // Arab Emirates" would not, "United Kingdom" neither): the gazetteer's countries stay places.
    if (isCountryName(tokens, c))
      return c.kind === 'place' ? c : { ...c, kind: 'place', titled: false, titleFrom: undefined };
    const head = tokens[c.last - 1]!.text.toLowerCase().replace(/\.$/, '');
    // "Bank of America charged me": a name opening with a body's head and "of" is no person.
    if (c.kind === 'person' && !c.titled && c.last - c.first > 2 && tokens[c.first + 1]?.text === 'of')
      if (ORG_HEADS_OF.has(tokens[c.first]!.text.toLowerCase())) return { ...c, kind: 'organization' };
    const kind: EntityKind | null = PLACE_HEADS.has(head)
      ? 'place'
      : ORG_HEADS.has(head) &&
          !(BUSINESS_LINES.has(head) && tokens[c.last - 2]?.text === 'of') && // "Conservation of Energy"
          !fieldNotFirm(tokens, c.last - 1) // "Social Media"
        ? 'organization'
        : OTHER_HEADS.has(head)
          ? 'other'
          : null;
    return kind && kind !== c.kind ? { ...c, kind, titled: false, titleFrom: undefined } : c;
  });
}

/** Words of sports reports, where countries are the teams that play ("Sweden defeated South Korea 1 – 0"). */
// prettier-ignore
const SPORTS_WORDS: ReadonlySet<string> = new Set([
  'match', 'goal', 'goals', 'scored', 'penalty', 'coach', 'defeated', 'tournament', 'midfielder', 'striker',
  'goalkeeper', 'kick', 'halftime', 'championship', 'semifinal', 'quarterfinal', 'referee', 'squad', 'cup',
]);
/** Words before a country that keep it a place even in a sports report ("the final in Russia"). */
const PLACE_BEFORE_TEAM: ReadonlySet<string> = new Set(['in', 'at', 'from', 'to', 'near', 'across', 'around']);

/** One word in a hundred or more is a sports word, five at least (`SPORTS_WORDS`). */
export function isSportsReport(tokens: readonly Token[]): boolean {
  let sports = 0;
  for (const t of tokens) if (SPORTS_WORDS.has(t.text)) sports++;
  return sports >= 5 && sports * 100 >= tokens.length;
}

/**
 * In a sports report (one word in a hundred or more a sports word, five at least) a country is the national team
 * that plays, an organization as GUM types it, unless a preposition of place stands before it.
 */
export function teamsInSport(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  if (!isSportsReport(tokens)) return [...candidates];
  return candidates.map((c) => {
    if (c.kind !== 'place' || c.nested || PLACE_BEFORE_TEAM.has(tokens[c.first - 1]?.text.toLowerCase() ?? ''))
      return c;
    return bestPlace(phraseOf(tokens, c.first, c.last))?.kind === 'country' ? { ...c, kind: 'organization' } : c;
  });
}

/**
 * `candidates` without the label of a credit line ("Image: Nick Moreau.", `CREDIT_LABELS`), wherever a stage read
 * one as a name (after propagation, which would spread one such reading to every credit line).
 */
export function withoutCreditLabels(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  return candidates.filter(
    (c) =>
      c.last - c.first !== 1 || tokens[c.last]?.text !== ':' || !CREDIT_LABELS.has(tokens[c.first]!.text.toLowerCase()),
  );
}

/**
 * A name in the plural, an apostrophe and an organization's head are one organization ("the Antwerp Dockworkers’
 * Union", "the Teachers' Union"): the possessive of a plural is part of the name, where the tagger and the rules
 * split it in two.
 */
export function pluralPossessiveOrgs(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const next = candidates[i + 1];
    const apostrophe = tokens[c.last];
    const owner = tokens[c.last - 1]!.text;
    if (
      next &&
      next.first === c.last + 1 &&
      (apostrophe?.text === "'" || apostrophe?.text === '’') &&
      apostrophe.start === tokens[c.last - 1]!.end &&
      /\p{Ll}s$/u.test(owner) &&
      wordInfoOf(tokens[next.last - 1]!.text).orgSuffix
    ) {
      out.push({ first: c.first, last: next.last, kind: 'organization', titled: false });
      i++;
    } else out.push(c);
  }
  return out;
}
