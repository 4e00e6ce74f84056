/**
 * The article's title. Headlines from structured metadata (JSON-LD headline, og:title…) beat the <title>,
 * which carries site names and section paths; a site-name prefix or suffix is stripped from whichever wins.
 * Without metadata, the <title> is cut at its separators as Readability's `_getArticleTitle` does, with the
 * page's headings and site name as evidence of which part is the headline.
 */
import type { PageFacts } from './page/decode.js';

/** Separators between a headline and a site or section name, widest first. */
const SEPARATOR = / (?:[|\-–—\\/>»·•:]{1,2}) /g;
const HIERARCHICAL = / [\\/>»] /;

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

function key(s: string): string {
  return s
    .toLowerCase()
    .replace(/^(?:www\.)/, '')
    .replace(/\.(?:com|org|net|co\.uk|co|de|fr|cz|io|news)$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .replace(/^the(?=\p{L}{3})/u, ''); // "The Hill" = "TheHill" = "Hill"
}

/** Whether a title part names the site: equal to the site name or the host, ignoring case, "The" and punctuation. */
function namesSite(part: string, siteName: string | null, host: string | null): boolean {
  const k = key(part);
  if (!k) return false;
  for (const site of [siteName, host, host?.replace(/^www\./, '').split('.')[0] ?? null]) {
    if (!site) continue;
    const s = key(site);
    if (!s) continue;
    if (k === s) return true;
    if (s.length >= 3 && k.length >= 3 && (k.startsWith(s) || s.startsWith(k)) && words(part) <= 5) return true;
  }
  return false;
}

/** Strips " | Site", " - Site", "Site: " and the like when that part names the site. */
export function stripSiteName(title: string, siteName: string | null, host: string | null): string {
  let t = title.trim();
  for (let i = 0; i < 2; i++) {
    const seps = [...t.matchAll(SEPARATOR)];
    if (!seps.length) break;
    const last = seps.at(-1)!;
    const tail = t.slice(last.index + last[0].length);
    if (namesSite(tail, siteName, host) && words(t.slice(0, last.index)) >= 2) {
      t = t.slice(0, last.index).trim();
      continue;
    }
    const firstSep = seps[0]!;
    const head = t.slice(0, firstSep.index);
    if (namesSite(head, siteName, host) && words(t.slice(firstSep.index + firstSep[0].length)) >= 2) {
      t = t.slice(firstSep.index + firstSep[0].length).trim();
      continue;
    }
    break;
  }
  return t;
}

/** Readability's cut of a bare <title>, with headings preferred when one matches a part exactly. */
function fromDocumentTitle(page: PageFacts): string | null {
  const orig = page.title;
  if (!orig) return page.h1.length === 1 ? page.h1[0]! : null;
  const headings = [...page.h1, ...page.h2];
  if (headings.includes(orig)) return orig;
  const seps = [...orig.matchAll(SEPARATOR)];
  let cur = orig;
  let hierarchical = false;
  if (seps.length) {
    // A heading equal to one of the parts is the headline.
    const parts = orig.split(SEPARATOR).map((p) => p.trim());
    const matched = parts.find((p) => words(p) >= 2 && headings.includes(p));
    if (matched) return matched;
    hierarchical = HIERARCHICAL.test(orig);
    cur = orig.slice(0, seps.at(-1)!.index);
    if (words(cur) < 3) cur = orig.slice(seps[0]!.index + seps[0]![0].length);
  } else if (orig.includes(': ')) {
    // "Section: Headline" — Readability's colon rule.
    const after = orig.slice(orig.lastIndexOf(':') + 1).trim();
    if (headings.includes(after)) return after;
    cur = words(after) >= 3 ? after : orig.slice(orig.indexOf(':') + 1);
    if (words(orig.slice(0, orig.indexOf(':'))) > 5) cur = orig;
  } else if (orig.length > 150 || orig.length < 15) {
    if (page.h1.length === 1) cur = page.h1[0]!;
  }
  cur = cur.trim().replace(/\s{2,}/g, ' ');
  const n = words(cur);
  if (n <= 4 && (!hierarchical || n !== words(orig.replace(/[|\-\\/>»]+/g, '')) - 1)) cur = orig;
  return cur;
}

/** Readability's `_textSimilarity`: the share of b's text made of tokens that a also has (0…1). */
export function similarity(a: string, b: string): number {
  const tokens = (s: string): string[] =>
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const ta = new Set(tokens(a));
  const tb = tokens(b);
  if (!ta.size || !tb.length) return 0;
  const unique = tb.filter((t) => !ta.has(t));
  return 1 - unique.join(' ').length / tb.join(' ').length;
}

/**
 * JSON-LD nodes often carry both `headline` and `name`, and some sites put the site's name or a summary in one
 * of them (aktualne.cz, Wikipedia). The one that matches a heading or the stripped <title> wins; else headline.
 */
export function preferMatching(
  titles: readonly string[],
  page: PageFacts,
  siteName: string | null,
  host: string | null,
): string[] {
  if (titles.length < 2) return [...titles];
  const evidence = [...page.h1, page.title ? stripSiteName(page.title, siteName, host) : null].filter(
    (e): e is string => !!e,
  );
  const score = (t: string): number =>
    Math.max(0, ...evidence.map((e) => Math.min(similarity(t, e), similarity(e, t))));
  const best = [...titles].sort((a, b) => score(b) - score(a))[0]!;
  return score(best) > 0.75 && score(best) > score(titles[0]!)
    ? [best, ...titles.filter((t) => t !== best)]
    : [...titles];
}

/** A "title" that is a URL or a path is a microdata or CMS slip, not a headline. */
function usable(t: string): boolean {
  return !!t.trim() && !/^(?:https?:\/\/|\/)\S*$/.test(t.trim());
}

/** Picks the title: the first metadata headline, else the document title; site names stripped. */
export function chooseTitle(
  candidates: readonly string[],
  page: PageFacts,
  siteName: string | null,
  host: string | null,
): string | null {
  const fromMeta = candidates.find(usable);
  let raw = fromMeta ?? fromDocumentTitle(page);
  if (!raw) return null;
  // Social titles are cut to fit cards ("Kim leaves for Russia by…"); the page's heading has the whole line.
  const cut = /^(.{10,}?)\s*(?:…|\.{3})$/u.exec(raw);
  if (cut) raw = page.h1.find((h) => h.startsWith(cut[1]!) && h.length > cut[1]!.length) ?? raw;
  return stripSiteName(raw, siteName, host) || raw;
}
