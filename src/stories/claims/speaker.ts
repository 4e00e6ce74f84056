/**
 * Speaker names as keys: titles and honorifics dropped, accents folded, so "President Vladimir Putin",
 * "Mr. Putin" and "Comrade Putin" meet; a bare surname is resolved to the one full name in the story ending in it.
 */
import { words } from '../text/tokens.js';

/** Words that precede a name without being part of it. */
const TITLES: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady', // honorifics
  'president',
  'vice',
  'prime',
  'minister',
  'secretary',
  'chancellor',
  'premier',
  'governor',
  'mayor', // offices
  'senator',
  'sen',
  'rep',
  'representative',
  'congressman',
  'congresswoman',
  'judge',
  'justice', // offices
  'general',
  'gen',
  'colonel',
  'col',
  'admiral',
  'captain',
  'capt',
  'lt',
  'sgt',
  'officer', // ranks
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'chairman',
  'chairwoman',
  'ceo',
  'spokesman', // roles
  'spokeswoman',
  'spokesperson',
  'leader',
  'comrade',
  'the',
  'foreign',
  'defense',
  'defence', // roles, articles
]);

/** The key of a speaker name: lower-case words without titles ("" when nothing is left). */
export function speakerKey(name: string): string {
  const w = words(name);
  let i = 0;
  while (i < w.length - 1 && TITLES.has(w[i]!)) i++;
  return w.slice(i).join(' ');
}

/** Maps each key to the longest key of the story that ends with it (surname → full name), when unambiguous. */
export function resolveSurnames(keys: Iterable<string>): Map<string, string> {
  const all = [...new Set(keys)];
  const out = new Map<string, string>();
  for (const k of all) {
    if (k.includes(' ')) {
      out.set(k, k);
      continue;
    }
    const fuller = all.filter((o) => o !== k && o.endsWith(` ${k}`));
    out.set(k, fuller.length === 1 ? fuller[0]! : k);
  }
  return out;
}
