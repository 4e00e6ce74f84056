/**
 * House bylines: the credit a newsroom signs with when no person is named ("Northline staff", "AP staff",
 * "By the Metro Desk", "Northline Staff Writers", "Staff reporter"). They are kept as printed, the way
 * Readability and schema.org publishers keep them (an author that is an Organization), rather than cut into
 * a false person ("Northline staff" → "Northline") or dropped as a role.
 */
import { titleCaseIfShouting } from '../dateline/title-case.js';
import { ROLE_WORDS } from './byline-tables.js';

/**
 * Collective credits, each with its owner before it. Only plural or collective heads: a singular
 * "staff writer" after a name is that person's job title ("Jane Doe Staff Writer"), not a house byline.
 */
const OWNED =
  /^(?:the\s+)?(.+?)\s+(staff(?:\s+(?:writers|reporters|reports))?|(?:news\s+|web\s+)?desk|newsroom|editorial\s+board)$/iu;
/** The same credits printed without an owner; "Staff reporter" and "Staff writer" are house bylines alone. */
const OWNERLESS =
  /^(?:the\s+)?(?:staff(?:\s+(?:writers?|reporters?|reports?))?|(?:news\s+|web\s+)?desk|newsroom|editorial\s+board)$/iu;
/** An owner is a short capitalised name ("Northline", "AP", "Kyiv Independent"), not a phrase. */
const MAX_OWNER_WORDS = 4;

/** The house byline a byline part is, as printed (leading "the" dropped), or null when it is not one. */
export function houseByline(part: string): string | null {
  const s = part.trim();
  if (OWNERLESS.test(s)) return titleCaseIfShouting(s.replace(/^the\s+/iu, ''));
  const m = OWNED.exec(s);
  if (!m) return null;
  const owner = m[1]!;
  const words = owner.split(/\s+/);
  if (words.length > MAX_OWNER_WORDS || !words.every((w) => /^[\p{Lu}\p{Lo}\d]/u.test(w))) return null;
  // "Senior Staff", "Our Foreign Staff": job-title words own nothing. A desk may be named after its beat.
  const isDesk = /desk$/i.test(m[2]!);
  if (!isDesk && words.every((w) => ROLE_WORDS.has(w.toLowerCase()))) return null;
  return titleCaseIfShouting(`${owner} ${m[2]!}`);
}
