/** Word tables for byline cleaning: roles, credentials and outlets that are not author names. */

/** Job titles printed after a name ("Jane Doe, Staff Writer"). */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'staff',
  'writer',
  'writers',
  'reporter',
  'reporters',
  'correspondent',
  'correspondents',
  'editor',
  'editors',
  'columnist',
  'contributor',
  'contributors',
  'contributing',
  'senior',
  'chief',
  'special',
  'political',
  'business',
  'foreign',
  'economics',
  'science',
  'health',
  'technology',
  'tech',
  'sports',
  'investigative',
  'national',
  'international',
  'deputy',
  'associate',
  'managing',
  'executive',
  'bureau',
  'freelance',
  'guest',
  'producer',
  'photographer',
  'analyst',
  'desk',
  'team',
  'newsroom',
  'intern',
  'fellow',
  'critic',
  'host',
  'anchor',
  'author',
  'opinion',
  'news',
  'digital',
  'features',
  'culture',
  'entertainment',
  'affairs',
  'white',
  'house',
  'washington',
  'london',
  'world',
  'u.s.',
  'us',
  'europe',
  'asia',
  'africa',
  'middle',
  'east',
  'in',
  'for',
  'the',
  'of',
  'at',
  'and',
  'a',
  'an',
  'our', // "Our Foreign Staff"
  'auto', // "AP Auto Writer"
  'editorial',
  'games',
  'music',
  'film',
  'travel',
  'food',
  'style',
  'markets',
  'metro',
  'education',
  'environment',
  'climate',
  'politics',
  'crime',
  'courts',
  'legal',
  'energy',
  'finance',
  'economy', // desks: "Games Editor"
  'special to',
  'rédaction',
  'redaktion',
  'redacción',
  'journaliste',
]);

/** The head word of a job title; the other role words only modify it. */
const CORE_ROLE =
  /^(?:staff|writer|writers|reporter|reporters|correspondent|correspondents|editor|editors|columnist|contributor|contributors|producer|photographer|analyst|desk|team|newsroom|intern|fellow|critic|host|anchor|author|editorial|rédaction|redaktion|redacción|journaliste)$/;

/** A part made only of role words ("Staff Writer", "Senior Political Correspondent") is not a person. */
export function isRole(s: string): boolean {
  const words = s.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const hasCore = words.some((w) => CORE_ROLE.test(w));
  return hasCore && words.every((w) => ROLE_WORDS.has(w));
}

/**
 * "Ben Silverman Games Editor": a role run on after the name without a comma is cut off, as long as a name of
 * two words is left: "Jane Writer", "Bad Author" are a first name and a surname that happens to be a role word,
 * and cutting it left the first name alone.
 */
export function stripTrailingRole(s: string): string {
  const words = s.split(/\s+/);
  let end = words.length;
  let core = false;
  while (end > 0 && ROLE_WORDS.has(words[end - 1]!.toLowerCase())) {
    core ||= CORE_ROLE.test(words[end - 1]!.toLowerCase());
    end--;
  }
  // Role words all through ("Our Foreign Staff") are a role; one word before them is a first name.
  if (end === 1) end = Math.min(2, words.length);
  return core ? words.slice(0, end).join(' ') : s;
}

/** Site chrome that byline selectors catch: "Sign In", "Log in", "More by X". */
export const CHROME =
  /^(?:sign|log)\s?(?:in|out|up)\b|^(?:register|subscribe|menu|search|home|more|about|contact|newsletter|view profile)\b/i;

/** Credentials after a name: "Brenda Goodman, MA", "Jane Doe MD", "John Roe, PhD". */
const CREDENTIAL_ONLY = /^(?:MA|MS|MSc|MD|PhD|Ph\.D\.|DO|RN|MPH|MBA|JD|Esq\.?)$/;

export function stripCredentials(s: string): string {
  if (CREDENTIAL_ONLY.test(s.trim())) return '';
  return s.replace(/,?\s+(?:MA|MS|MSc|MD|PhD|Ph\.D\.|DO|RN|MPH|MBA|JD|Esq\.?)$/, '').trim();
}

/** Wire services and outlets that appear in bylines in place of, or beside, a person. */
const OUTLETS: ReadonlySet<string> = new Set([
  'reuters',
  'ap',
  'associated press',
  'the associated press',
  'afp',
  'agence france-presse',
  'agence france presse',
  'bloomberg',
  'bloomberg news',
  'dpa',
  'efe',
  'ansa',
  'xinhua',
  'kyodo',
  'kyodo news',
  'yonhap',
  'tass',
  'pa',
  'press association',
  'pa media',
  'upi',
  'cnn',
  'bbc',
  'bbc news',
  'nbc news',
  'abc news',
  'cbs news',
  'fox news',
  'staff',
  'staff reports',
  'wire reports',
  'wires',
  'news desk',
  'web desk',
  'agencies',
  'agency',
  'wire',
  'the canadian press',
  'canadian press',
  'aap',
  'anadolu agency',
  'sputnik',
  'ians',
  'pti',
  'ani',
]);

const WIRE_PREFIX = /^(?:ap|afp|reuters|bloomberg|upi|dpa|efe|ansa|cnn|bbc|xinhua|tass|pa)\s/;

/** An outlet rather than a person: a known wire, the page's own site name, or "… News/Times/Post"-like names. */
export function isOutlet(s: string, siteName?: string | null): boolean {
  const k = s.toLowerCase().trim();
  if (OUTLETS.has(k)) return true;
  if (/^the\s/.test(k)) return true; // "The Guardian": people's names do not start with an article
  const site = siteName?.toLowerCase().trim();
  // "Business Insider" on "Business Insider Deutschland", and the reverse.
  if (site && (k === site || (k.includes(' ') && (site.startsWith(k + ' ') || k.startsWith(site + ' '))))) return true;
  // "AP Auto" (from "AP Auto Writer"), "Reuters Health": a wire's name opening the part.
  if (WIRE_PREFIX.test(k)) return true;
  return /\b(?:news|times|post|herald|tribune|gazette|journal|press|agency|media|magazine|daily|weekly|network|online|international|\.com)$/i.test(
    k,
  );
}
