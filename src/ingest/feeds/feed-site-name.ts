/**
 * The site name a feed's own title gives, for articles whose page names no site ("Riverbend Post — World" →
 * "Riverbend Post"). A feed title is often "<site> <separator> <section>"; the section is stripped only when
 * every word of it is a section word, so a title that is a name throughout ("Tom's Diner: Notes") is kept
 * whole, and a title that is all section ("Latest news") gives no name at all. Aggregator titles put the site
 * last ("Top stories - Google News"): a section head with a named tail gives the tail.
 */

/** Separators between a site and a section, as feed titles write them (spaced, so "Wall-Street" is one name). */
const SEPARATOR = /\s+[—–\-|·»:]{1,2}\s+|:\s+/u;

/**
 * Words a section label is made of (lower case). Drawn from section and feed names of news sites (BBC, Reuters,
 * AP, Guardian, NPR feeds): a tail of only these words names a part of the site, not the site.
 */
const SECTION_WORDS: ReadonlySet<string> = new Set([
  // where in the site
  'home',
  'homepage',
  'front',
  'page',
  'main',
  'index',
  'all',
  'top',
  'latest',
  'recent',
  'new',
  'newest',
  'most',
  'read',
  'popular',
  'breaking',
  'featured',
  'editor',
  "editor's",
  "editors'",
  'picks',
  'today',
  "today's",
  // what kind of item
  'news',
  'stories',
  'story',
  'articles',
  'posts',
  'headlines',
  'updates',
  'feed',
  'rss',
  'atom',
  'edition',
  // the usual desks
  'world',
  'international',
  'national',
  'local',
  'us',
  'uk',
  'europe',
  'asia',
  'africa',
  'americas',
  'politics',
  'business',
  'economy',
  'markets',
  'money',
  'finance',
  'tech',
  'technology',
  'science',
  'health',
  'sport',
  'sports',
  'culture',
  'arts',
  'entertainment',
  'lifestyle',
  'travel',
  'opinion',
  'opinions',
  'comment',
  'analysis',
  'features',
  'environment',
  'climate',
  'education',
  'weather',
  'video',
  'photos',
  'podcasts',
  // glue inside labels ("News and Analysis", "Top Stories of the Day")
  'and',
  '&',
  'of',
  'the',
  'in',
  'from',
  'day',
  'week',
]);

function isSection(part: string): boolean {
  const words = part.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => SECTION_WORDS.has(w.replace(/[.,!]+$/u, '')));
}

/** The site name in a feed title, or null when it holds none. */
export function siteNameOfFeedTitle(title: string | null | undefined): string | null {
  const clean = title?.replace(/\s+/g, ' ').trim();
  if (!clean) return null;
  const parts = clean
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  // Sections come off the end ("Site — World — Latest"), then off the front ("Top stories - Google News").
  while (parts.length > 1 && isSection(parts.at(-1)!)) parts.pop();
  while (parts.length > 1 && isSection(parts[0]!)) parts.shift();
  if (parts.length !== 1 || isSection(parts[0]!)) return parts.length === 1 ? null : clean;
  return parts[0]!;
}
