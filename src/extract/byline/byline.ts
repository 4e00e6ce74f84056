/**
 * Bylines to author names: drops "By", dates, "3 min read", roles, contact handles and outlet suffixes.
 * (Interface fixed; `options` is an optional addition.)
 *
 * Stages: strip contacts (URLs, e-mails, @handles) → keep the authoring part (cut at dates, reading times,
 * "Updated", editing credits) → split into names → set aside house bylines ("Northline staff") → drop roles,
 * credentials and outlets → title-case shouted names → dedupe → the house bylines when no person is named. Hand-written: the name parsers on npm target formal "Last, First" records, not bylines.
 */
import { titleCaseIfShouting } from '../dateline/title-case.js';
import { CHROME, isOutlet, isRole, stripCredentials, stripTrailingRole } from './byline-tables.js';
import { houseByline } from './house-byline.js';

export interface BylineOptions {
  /** The page's site name: a byline part equal to it is the outlet, not an author. */
  siteName?: string | null;
}

const MONTHS =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** Where the authoring part of a byline ends: everything from the first match on is dates, times or chrome. */
const CUT_AT: readonly RegExp[] = [
  /\b(?:updated|published|posted|last updated|last modified|modified|first published|edited by|editing by|fact[- ]checked by|reviewed by|illustrations? by|photos? by|graphics? by)\b/i, // lifecycle and non-author credits
  new RegExp(`\\b(?:on\\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?${MONTHS}\\s+\\d{1,2}\\b`, 'i'), // "March 4, 2024"
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTHS}\\b`, 'i'), // "4 March 2024"
  /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/, // numeric dates
  /\b\d{1,2}:\d{2}\b/, // clock times
  /\b\d+\s*(?:min(?:ute)?s?|hours?|hrs?|h|days?|weeks?|months?|years?)\b/i, // "3 min read", "1 day ago"
  /\b(?:read(?:ing)? time|min read|ago)\b/i,
  /\b(?:follow|share|comments?|subscribe)\b/i, // social chrome run into the byline
];

/** Labels that introduce names, in the languages of our sources: "By", "Par", "Von", "Por", "Przez". */
const LEAD_LABEL =
  /^(?:(?:story|words|written|reported|reporting|additional reporting|compiled|posted|article|interview)\s+by|by|from|par|von|por|przez|автор|작성자|作者|文[／/]|記者)\s*[:：]?\s+/iu;
/** Labels that need their colon to be labels ("Text: X"; "Text" alone could be anything). */
const COLON_LABEL = /^(?:text|texte|texto|testo|tekst|текст|words|autor|auteur|author)\s*[:：]\s*/iu;
/** Lower-case particles that are labels only before a capitalised name ("di Mario Rossi", "av Anna Berg"). */
const LOWER_LABEL = /^(?:di|av|af|door|de)\s+(?=\p{Lu})/u;

function stripLabels(s: string): string {
  return s.replace(LEAD_LABEL, '').replace(COLON_LABEL, '').replace(LOWER_LABEL, '');
}

const CONTACT: readonly RegExp[] = [
  /\bhttps?:\/\/[^\s)]+|\bwww\.[^\s)]+/gi, // profile and Twitter links
  /\S+@\S+\.\S+/g, // e-mail addresses
  /(?:^|\s)@\w{1,30}\b/g, // @handles
  /\((?:\s*(?:twitter|email|e-mail|contact)\s*)\)/gi,
];

function authoringPart(s: string): string {
  // "Reporting by X; Editing by Y": only the reporting credits name authors.
  let out = s
    .split(/\s*;\s*/)
    .filter((part) => !/^(?:editing|edited|writing|graphics|photos?|fact-checking) by\b/i.test(part))
    .join(', ');
  for (const re of CUT_AT) {
    const m = re.exec(out);
    if (m && m.index > 0) out = out.slice(0, m.index);
    else if (m && m.index === 0) return '';
  }
  return out;
}

/** A plausible personal name: 1–6 words, no digits, letters first. CJK names have no spaces, so any length ≤ 12. */
function looksLikeName(s: string): boolean {
  if (!s || s.length > 60 || /\d/.test(s)) return false;
  if (!/^\p{L}/u.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length > 6) return false;
  // "J J": initials alone are a widget's avatar letters, not a name.
  if (!words.some((w) => w.replace(/[^\p{L}]/gu, '').length >= 2)) return false;
  // Lower-case words other than name particles mean a phrase ("Contributors to Wikimedia projects").
  if (words.some((w) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w))) return false;
  return words.some((w) => /^[\p{Lu}\p{Lo}]/u.test(w));
}

/** Lower-case particles inside names: "Michiel de Jong", "Ludwig van Beethoven", "Abu Bakr al-Baghdadi". */
const PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'da',
  'das',
  'do',
  'dos',
  'du',
  'del',
  'della',
  'der',
  'den',
  'van',
  'von',
  'ter',
  'ten',
  'la',
  'le',
  'di',
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
  'y',
  'e',
  'zu',
  'af',
  'av',
]);

/** Parentheses in bylines hold co-authors ("(avec X et Y)"), handles or links; a bracketed middle name stays. */
function unbracket(s: string): string {
  return s
    .replace(/\(\s*[^\p{L}()]*\s*\)/gu, ' ') // emptied by contact removal
    .replace(/\(\s*(?:avec|with|and|und|et|mit|con|com)\s+([^()]*)\)/giu, ', $1')
    .replace(/\s*\([^()]*\)\s*$/u, ''); // a trailing handle or affiliation
}

/**
 * "Kevin McCoy USA TODAY", "Elliot Brownstein Florida Today": the outlet run on after the name, recognised as
 * the page's site name or as shouted words after a mixed-case name.
 */
function stripOutletSuffix(s: string, siteName: string | null | undefined): string {
  const site = siteName?.trim().toLowerCase();
  if (site && s.toLowerCase().endsWith(' ' + site)) {
    const rest = s.slice(0, s.length - site.length).trim();
    if (rest.split(/\s+/).length >= 2) return rest;
  }
  const shouted = /^(.*\p{Ll}.*?)\s+((?:\p{Lu}{2,}\s*)+)$/u.exec(s);
  if (shouted && shouted[1]!.split(/\s+/).length >= 2) return shouted[1]!.trim();
  return s;
}

const MAX_RAW = 400;

/** Turns a raw byline into clean, deduplicated author names ([] when it names nobody). */
export function cleanByline(raw: string, options: BylineOptions = {}): string[] {
  // A byline is a line; anything longer is a bio or a page, and bounding it keeps every regex below linear.
  let s = raw.slice(0, MAX_RAW).replace(/\s+/g, ' ').trim();
  for (const re of CONTACT) s = s.replace(re, ' ');
  // "Lucas Nolan22 Dec 2016": a name run into a date.
  s = unbracket(s.replace(/(\p{Ll})(\d)/gu, '$1 $2'));
  // "By JANE DOE | Reuters", "Jane Doe • 3 min read", "Jane Doe / Staff": the first segment is the name list.
  // "Finian Cunningham. Sputnik International": a full stop after a word (not an initial) ends the name.
  s = s.replace(/(?<=\p{Ll}{2})\.\s+(?=\p{Lu})/gu, ' | ');
  const segments = s.split(/\s*[|•·\n]\s*|\s+[/–—-]\s+/).filter((x) => x.trim());
  const names: string[] = [];
  const houses: string[] = [];
  const seen = new Set<string>();
  for (const segment of segments) {
    let part = stripLabels(segment.trim());
    part = authoringPart(part);
    for (let piece of part.split(
      /\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bwith\b|\bavec\b|\bmit\b|、|，)\s*/iu,
    )) {
      piece = stripCredentials(stripLabels(piece).replace(/^[\s"'“”(]+|[\s"'“”).:,-]+$/g, ''));
      if (CHROME.test(piece)) continue;
      // Before the role and outlet filters, which would cut "Northline staff" to a false person "Northline".
      const house = houseByline(piece);
      if (house) {
        if (!houses.some((h) => h.toLowerCase() === house.toLowerCase())) houses.push(house);
        continue;
      }
      piece = stripOutletSuffix(stripTrailingRole(piece), options.siteName);
      if (!looksLikeName(piece) || isRole(piece) || isOutlet(piece, options.siteName)) continue;
      const name = titleCaseIfShouting(piece);
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      names.push(name);
    }
    // Later segments are usually the outlet, a date or chrome; only keep reading if nothing was found yet.
    if (names.length) break;
  }
  // "Jane Doe, Northline Staff": the house is her affiliation; it is the author only when nobody is named.
  return names.length ? names : houses;
}
