/**
 * A name the text says, by an apposition of a person's role or age, is someone: "Jan Peters, a spokesman, said",
 * "May Brandt, 54,", "Kees de Vries, the mayor,". Two readings it mends. A given name that is also a month or its
 * abbreviation ("Jan", "May", "June", "April", "August") before a capitalised surname was read as a date and lost,
 * leaving the surname alone; and a name with a surname particle ("de", "van", "van der") was read as a place or
 * dropped. A capitalised first word (or such a month word), up to two particles, one or two capitalised surname
 * words (no number, month or weekday), then a comma and an age ("54,") or a phrase of "a", "an" or "the", up to
 * three lower-case words and a noun of a person's role ("a spokesman", "the mayor", "a local teacher"): the whole
 * is a person, and what was found inside it goes. A month word after a preposition or a number opens no name
 * ("in May Smith, 54, said" stays a date), and a month word needs the apposition as much as a particle name does.
 */
import { PARTICLES, SURNAME } from './name-particles.js';
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';

/** Given names that are also months or month abbreviations. */
const MONTH_NAMES: ReadonlySet<string> = new Set(['Jan', 'May', 'June', 'April', 'August']);
/** Months and weekdays: no surname ("Jan March", "May Monday"). */
// prettier-ignore
const CALENDAR: ReadonlySet<string> = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Monday',
  'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);
/** Words before a month word that make it a date ("in May", "since Jan", "5 May"). */
// prettier-ignore
const DATE_BEFORE: ReadonlySet<string> = new Set([
  'in', 'In', 'on', 'On', 'since', 'Since', 'by', 'By', 'until', 'Until', 'till', 'of', 'from', 'From', 'through',
  'during', 'During', 'last', 'Last', 'next', 'Next', 'early', 'Early', 'late', 'Late', 'mid', 'before', 'Before',
  'after', 'After', 'to', 'between', 'and', 'or', 'this', 'This', 'that', 'each', 'every', 'Every',
]);
/** Nouns of a person's role that head an apposition ("a spokesman", "the mayor"). */
// prettier-ignore
const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'mayor', 'minister', 'president', 'director', 'chairman',
  'chairwoman', 'chair', 'official', 'executive', 'officer', 'professor', 'resident', 'lawyer', 'attorney',
  'teacher', 'doctor', 'nurse', 'farmer', 'worker', 'manager', 'owner', 'founder', 'analyst', 'economist',
  'researcher', 'scientist', 'student', 'councillor', 'councilor', 'senator', 'lawmaker', 'politician', 'leader',
  'member', 'secretary', 'ambassador', 'diplomat', 'governor', 'chief', 'head', 'commander', 'general', 'captain',
  'coach', 'player', 'driver', 'pilot', 'engineer', 'historian', 'author', 'writer', 'journalist', 'editor',
  'reporter', 'witness', 'victim', 'survivor', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'sister',
  'brother', 'grandmother', 'grandfather', 'widow', 'neighbour', 'neighbor', 'friend', 'colleague', 'expert',
  'activist', 'campaigner', 'organiser', 'organizer', 'priest', 'pastor', 'judge', 'prosecutor', 'detective',
  'inspector', 'sergeant', 'constable', 'representative', 'adviser', 'advisor', 'consultant', 'shopkeeper',
  'veteran', 'mechanic', 'chef', 'artist', 'musician', 'singer', 'actor', 'actress', 'curator', 'volunteer',
]);
const OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the']);
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
const AGE = /^\d{1,3}$/;

const surnameWord = (t: Token | undefined): boolean => !!t && SURNAME.test(t.text) && !CALENDAR.has(t.text);

/** Token `j` opens a person apposition closed by a comma or the end: "54,", "a spokesman,", "the mayor of". */
function roleApposition(tokens: readonly Token[], j: number): boolean {
  const w = tokens[j]?.text ?? '';
  if (AGE.test(w)) return tokens[j + 1]?.text === ',';
  if (!OPENERS.has(w)) return false;
  for (let n = 0, k = j + 1; n < 4; n++, k++) {
    const x = tokens[k]?.text ?? '';
    if (!LOWER_WORD.test(x)) return false;
    if (ROLE_NOUNS.has(x)) {
      const next = tokens[k + 1]?.text ?? '';
      return next === ',' || next === 'of' || next === 'at' || next === 'for' || next === 'in' || next === 'and';
    }
  }
  return false;
}

/** The end (exclusive) of a name from token `s` apposed to a person role, with what opened it; else -1. */
function apposedName(tokens: readonly Token[], s: number): number {
  const first = tokens[s]?.text ?? '';
  const month = MONTH_NAMES.has(first);
  if (!month && !surnameWord(tokens[s])) return -1;
  if (month) {
    const before = tokens[s - 1]?.text ?? '';
    if (DATE_BEFORE.has(before) || /^\d/.test(before)) return -1;
  }
  let k = s + 1;
  let particles = 0;
  while (particles < 2 && PARTICLES.has(tokens[k]?.text ?? '')) {
    k++;
    particles++;
  }
  if (!month && particles === 0) return -1;
  if (!surnameWord(tokens[k])) return -1;
  k++;
  if (particles === 0 && surnameWord(tokens[k])) k++;
  if (tokens[k]?.text !== ',' || !roleApposition(tokens, k + 1)) return -1;
  return k;
}

/** `candidates` with each name apposed to a person's role or age made one person. */
export function apposedNames(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  let out: NameCandidate[] | undefined;
  for (let s = 0; s < tokens.length; s++) {
    const t = tokens[s]!.text;
    if (!MONTH_NAMES.has(t) && !PARTICLES.has(tokens[s + 1]?.text ?? '')) continue;
    const end = apposedName(tokens, s);
    if (end < 0) continue;
    const list: NameCandidate[] = out ?? [...candidates];
    if (list.some((c) => c.kind === 'person' && c.first === s && c.last === end)) continue;
    const inside = list.filter((c) => c.first < end && (c.mentionLast ?? c.last) > s);
    if (inside.some((c) => c.first < s || c.last > end)) continue;
    const base = inside.find((c) => c.kind === 'person');
    out = list.filter((c) => !inside.includes(c));
    out.push({ ...(base ?? { titled: false }), first: s, last: end, kind: 'person', mentionLast: undefined });
    out.sort((a, b) => a.first - b.first);
    s = end;
  }
  return out ?? [...candidates];
}
