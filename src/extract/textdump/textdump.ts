/**
 * textdump: the plain text of a page (what "select all, copy" or a text browser gives) → title, lead-image
 * caption and credit, dateline and paragraphs. General rules, for any dump:
 * - the title is the first non-empty line, unless it is the only line and longer than a title can be
 *   (`MAX_TITLE_CHARS`) and reads as prose (`readsAsProse`): a one-line dump is then one paragraph without a
 *   title;
 * - share-bar lines (Facebook, Twitter, bullets…) are dropped;
 * - caption lines — a line carrying a credit in parentheses, or repeating the title with a credit after it —
 *   become the lead image's caption and credit, and every copy of them leaves the body;
 * - paragraphs are blocks separated by blank lines (lines joined by a space); a dump with no blank line at all
 *   has one paragraph per line;
 * - a dateline at the head of the first paragraph is split off;
 * - site chrome (copyright line, URL line, masthead) names the site and leaves the body (`siteEvidence`).
 */
import type { ArticleImage, Dateline } from '../../vocabulary.js';
import { splitDateline } from '../dateline/dateline.js';
import { splitCaptionCredit } from '../images/credit.js';
import { isShareLine } from './share-lines.js';
import { siteEvidence } from './site-evidence.js';

export interface TextDump {
  title: string | null;
  leadImage: ArticleImage | null;
  dateline: Dateline | null;
  paragraphs: string[];
  /** The site's name when the dump gives honest evidence of it (see `siteEvidence`), else null. */
  siteName: string | null;
  /** The page's address when the dump carries it on a line of its own. */
  url: string | null;
}

/** A trailing parenthesised credit: "(Image: KCNA/Kyodo)", "(Photo: AP)", "(Reuters)" is not one. */
const CREDIT_TAIL =
  /\((?:image|photo|photograph|picture|pic|foto|credit|source|illustration|video)s?\s*(?:credit)?\s*[:：]\s*[^()]+\)\s*$/i;
/** A dump's only line is its title up to this length, its body past it. */
export const MAX_TITLE_CHARS = 200;
/**
 * Whether a long line reads as prose: two sentence ends at least ("a a a …" for megabytes, a run of tags or
 * numbers is no article). Only a dump's only line is asked.
 */
export function readsAsProse(line: string): boolean {
  let ends = 0;
  for (const _ of line.matchAll(/[\p{L}\d)"'”’][.!?。！？](?=\s|$|["'”’)])/gu)) if (++ends >= 2) return true;
  return false;
}
/** A line is too long to be a caption when it reads like a paragraph. */
const MAX_CAPTION_CHARS = 400;

function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function isCaptionLine(line: string, title: string | null): boolean {
  if (line.length > MAX_CAPTION_CHARS) return false;
  if (CREDIT_TAIL.test(line)) return true;
  // The title repeated with something short after it is the lead image's caption, e.g. "Title (AFP)".
  return title !== null && line !== title && line.startsWith(title) && line.length - title.length < 80;
}

function blocksOf(lines: string[]): string[] {
  const hasBlank = lines.some((l) => l === '');
  const out: string[] = [];
  let cur: string[] = [];
  const flush = (): void => {
    if (cur.length) out.push(cur.join(' '));
    cur = [];
  };
  for (const line of lines) {
    if (line === '') flush();
    else if (!hasBlank) out.push(line);
    else cur.push(line);
  }
  flush();
  return out;
}

/**
 * Parses a plain-text dump of a page. `url` is the page's address when the caller knows it: its host is
 * evidence for the site name.
 */
export function parseTextDump(text: string, url: string | null = null): TextDump {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map(norm);
  const site = siteEvidence(lines, url);
  let first = lines.findIndex((l, i) => l !== '' && !site.chrome.has(i));
  let title = site.title;
  // A dump of one long line (text run together with no newlines) is its body: no title is that long.
  if (
    first >= 0 &&
    lines[first]!.length > MAX_TITLE_CHARS &&
    readsAsProse(lines[first]!) &&
    !lines.some((l, i) => i > first && l !== '' && !site.chrome.has(i))
  ) {
    first = -1;
    title = null;
  }
  const headline = first >= 0 ? lines[first]! : null;
  let caption: string | null = null;
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i === first || site.chrome.has(i)) continue;
    if (line !== '' && line === headline) {
      kept.push(''); // a repeated headline still separates what stands around it
      continue;
    }
    if (line !== '' && isShareLine(line)) continue;
    if (line !== '' && (line === caption || (caption === null && isCaptionLine(line, title)))) {
      caption ??= line;
      continue;
    }
    kept.push(line);
  }
  const paragraphs = blocksOf(kept);
  let dateline: Dateline | null = null;
  if (paragraphs.length) {
    const split = splitDateline(paragraphs[0]!);
    dateline = split.dateline;
    if (split.rest.trim()) paragraphs[0] = split.rest.trim();
    else paragraphs.shift();
  }
  let leadImage: ArticleImage | null = null;
  if (caption) {
    const cc = splitCaptionCredit(caption);
    leadImage = { url: null, caption: cc.caption, credit: cc.credit, alt: null };
  }
  return { title, leadImage, dateline, paragraphs, siteName: site.siteName, url: site.url };
}
