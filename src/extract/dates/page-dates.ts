/**
 * Dates printed in the page: `itemprop=datePublished`, `<time datetime>`, elements marked as dates, then
 * date-like text next to the headline. Comment threads, related-article lists, sidebars and footers are
 * ignored: their dates belong to other documents (htmldate's discard list, in spirit).
 */
import { isOtherItem } from '../metadata/microdata/other-item.js';
import {
  articleScopes,
  attr,
  elementsByTag,
  isElement,
  isText,
  normalizeSpace,
  textContent,
  type ChildNode,
  type TextNode,
  walkElements,
  type Document,
  type Element,
  type Node,
} from '../dom/tree.js';
import { parseMachineDate } from './parse-machine.js';
import { parseTextDates, shortYearDates } from './parse-text.js';
import type { DateParts } from './parts.js';

export interface PageDate {
  parts: DateParts;
  kind: 'published' | 'modified';
  /** Which stage found it, for debugging and tests. */
  via: 'itemprop' | 'time' | 'marked' | 'near-headline' | 'cue';
}

/** Regions that hold other documents (comments, related or recommended stories): never the article's dates. */
const OTHER_DOCUMENTS =
  'comment|related|recommend|more-?stories|teaser|popular|trending|promo|outbrain|taboola|card-list|read-?next|also-?read|most-?read|infobox';
/**
 * Page furniture: outside the article its dates are the site's or other pages'. Inside the article's own scope
 * a "post-footer" or share bar holds the article's date, so there only OTHER_DOCUMENTS is discarded.
 */
const FURNITURE =
  'sidebar|footer|widget|newsletter|(?:^|[\\s_-])rail|breadcrumb|(?:^|[\\s_-])nav|menu|share|(?:^|[\\s_-])ad(?:s|vert)?(?:[\\s_-]|$)';
/** Both, in one scan of the lowercased marks (most elements match neither): group 1 is another document's. */
const DISCARD_MARKS = new RegExp(`(${OTHER_DOCUMENTS})|${FURNITURE}`);
const OTHER_DOCUMENTS_MARKS = new RegExp(OTHER_DOCUMENTS);
const DISCARD_TAGS: ReadonlySet<string> = new Set(['aside', 'footer', 'nav', 'header-nav', 'form']);
const DISCARD_TAGS_IN_ARTICLE: ReadonlySet<string> = new Set(['aside', 'nav', 'form']);

/**
 * Whether an element's region is skipped. The elements that contain the headline are never skipped: class
 * names such as "nav-open" on <body> or "contentWithSidebar" and "ad_body" on a page-wide wrapper would
 * otherwise discard the article itself.
 */
type Discard = (el: Element, inArticle: boolean) => boolean;

/** One discarder per page: the date stages each ask for it. */
const discarders = new WeakMap<Document, Discard>();

function discarder(doc: Document): Discard {
  let d = discarders.get(doc);
  if (!d) discarders.set(doc, (d = makeDiscarder(doc)));
  return d;
}

function makeDiscarder(doc: Document): Discard {
  const keep = new Set<Element>();
  const h1s = elementsByTag(doc, 'h1');
  const articles = new Set(articleScopes(doc, ARTICLE_TYPE));
  // The page's first headline, and the first one inside each article scope (the page's first may be a logo).
  const headlines = h1s.slice(0, 1);
  for (const h1 of h1s.slice(1)) {
    if (!articles.size) break;
    for (let p = h1.parentNode; p && isElement(p as Node); p = (p as Element).parentNode)
      if (articles.delete(p as Element)) headlines.push(h1);
  }
  for (const h1 of headlines)
    for (let p = h1.parentNode; p && isElement(p as Node); p = (p as Element).parentNode) keep.add(p as Element);
  return (el, inArticle) => {
    if (keep.has(el) || el.tagName === 'body' || el.tagName === 'html') return false;
    if ((inArticle ? DISCARD_TAGS_IN_ARTICLE : DISCARD_TAGS).has(el.tagName)) return true;
    if (el.attrs.length === 0) return false;
    const found = DISCARD_MARKS.exec(marks(el).toLowerCase());
    if (!found) return false;
    // Inside the article only another document's region counts: look past a furniture word found first.
    return !inArticle || found[1] !== undefined || OTHER_DOCUMENTS_MARKS.test(marks(el).toLowerCase());
  };
}
/**
 * Marks of an element that prints the article's date or byline block; "datum" (German, Dutch, Nordic) and
 * "fecha" (Spanish) are the word "date" in those sites' class names. Not "data" (Italian, Portuguese): English
 * pages use it for tables and charts.
 */
const MARKED =
  /(?:^|[\s_-])(?:date|time|datetime|published|publish|pubdate|posted|timestamp|dateline|byline|meta|article-info|entry-meta|post-meta|story-meta|article-meta|details|info|datum|fecha)(?:[\s_-]|$)/i;
/** Microformat dates of a person or an event (hCard birthday, hCalendar start and end), not of the page. */
const ENTITY_DATE = /(?:^|\s)(?:bday|dtstart|dtend)(?:\s|$)/i;
/** ENTITY_DATE, with a cheap test first: almost no element carries these class names. */
const isEntityDate = (el: Element): boolean => {
  if (el.attrs.length === 0) return false;
  const m = marks(el);
  return (m.includes('bday') || m.includes('dt')) && ENTITY_DATE.test(m);
};
/** Cues that the next date is an update, not the publication. */
export const MODIFIED_CUE =
  /(?:updated?|modified|last edit|aktualisiert|geändert|mis à jour|actualizado|actualização|atualizado|aggiornato|bijgewerkt|обновлено)\W{0,3}$/i;
const MODIFIED_MARK = /updat|modif/i;
/** Microdata item types of the article itself. */
const ARTICLE_TYPE = /Article|BlogPosting/;

function marks(el: Element): string {
  return `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`;
}

/** The article containers, falling back to the document: dates inside them come first. */
function scopes(doc: Document): Array<Document | Element> {
  return [...articleScopes(doc, ARTICLE_TYPE), doc];
}

function precedingText(el: Element): string {
  const parent = el.parentNode;
  if (!parent || !('childNodes' in parent)) return '';
  const i = parent.childNodes.indexOf(el);
  return normalizeSpace(
    parent.childNodes
      .slice(Math.max(0, i - 3), i)
      .map((c) => textContent(c))
      .join(' '),
  ).slice(-40);
}

function kindOf(el: Element, prefix: string): PageDate['kind'] {
  const prop = attr(el, 'itemprop') ?? '';
  if (/dateModified/i.test(prop)) return 'modified';
  if (/datePublished|dateCreated/i.test(prop)) return 'published';
  const ownMarks = `${marks(el)} ${el.parentNode && isElement(el.parentNode as Node) ? marks(el.parentNode as Element) : ''}`;
  if (MODIFIED_MARK.test(ownMarks) && !/publish/i.test(ownMarks)) return 'modified';
  return MODIFIED_CUE.test(prefix) ? 'modified' : 'published';
}

/** Machine-readable dates: itemprop date properties and <time datetime>, article scope first. */
export function structuredPageDates(doc: Document, language: string | null): PageDate[] {
  const discard = discarder(doc);
  for (const scope of scopes(doc)) {
    const found: PageDate[] = [];
    const rank = new Map<PageDate, number>();
    const inArticle = scope !== doc;
    walkElements(scope, (el) => {
      if (el.tagName === 'script' || el.tagName === 'style' || el.tagName === 'template') return false;
      if (discard(el, inArticle)) return false;
      if (el.attrs.length > 1 && isOtherItem(el)) return false;
      // An element without attributes has no itemprop: only a <time> can count.
      if (el.attrs.length === 0 && el.tagName !== 'time') return;
      const prop = attr(el, 'itemprop') ?? '';
      const isProp = /\bdate(?:Published|Created|Modified)\b/.test(prop);
      if (!isProp && el.tagName !== 'time') return;
      // <abbr title="2016-05-08T00:55:00-07:00">: the microformats way of giving a readable date its value.
      const title = el.tagName === 'abbr' ? attr(el, 'title') : null;
      const raw = attr(el, 'datetime') ?? attr(el, 'content') ?? title ?? normalizeSpace(textContent(el));
      const parts = parseMachineDate(raw, language) ?? parseMachineDate(normalizeSpace(textContent(el)), language);
      if (parts) {
        const date = { parts, kind: kindOf(el, precedingText(el)), via: isProp ? 'itemprop' : 'time' } as const;
        found.push(date);
        rank.set(date, isProp ? (/dateCreated/.test(prop) ? 1 : 0) : 2);
      }
    });
    // datePublished, then dateCreated (a CMS's record, read only without the first), then <time> elements.
    if (found.length) return found.sort((a, b) => rank.get(a)! - rank.get(b)!);
  }
  return [];
}

/** A <time> element's machine value (unparsed) and the text it prints. */
export interface PrintedTime {
  raw: string | null;
  text: string;
}

/** Printed texts longer than this are not a date element's. */
const MAX_PRINTED = 120;

/**
 * The texts of the page's <time> elements with their machine values, those in an article scope if any: what
 * the publisher printed for an instant, in its own zone. Read from the tag index, not by walking the page.
 */
export function printedTimes(doc: Document): PrintedTime[] {
  const times = elementsByTag(doc, 'time');
  if (!times.length) return [];
  const discard = discarder(doc);
  const articles = new Set(articleScopes(doc, ARTICLE_TYPE));
  const inArticle: PrintedTime[] = [];
  const anywhere: PrintedTime[] = [];
  for (const el of times) {
    const chain: Element[] = [];
    let scope = -1;
    for (let p: Element | null = el; p && isElement(p as Node); p = p.parentNode as Element | null) {
      if (scope < 0 && articles.has(p)) scope = chain.length;
      chain.push(p);
    }
    const text = normalizeSpace(textContent(el));
    if (!text || text.length > MAX_PRINTED) continue;
    const t = { raw: attr(el, 'datetime') ?? attr(el, 'content'), text };
    if (scope >= 0 && !chain.slice(0, scope).some((a) => discard(a, true))) inArticle.push(t);
    else if (!chain.some((a) => discard(a, false))) anywhere.push(t);
  }
  return inArticle.length ? inArticle : anywhere;
}

/** The element's text nodes joined by spaces: the parts of a date split across elements stay words. */
function spacedText(el: Element): string {
  const out: string[] = [];
  const collect = (n: Node): void => {
    if (isText(n)) out.push(n.value);
    else if (isElement(n) && !NO_TEXT.has(n.tagName)) for (const c of n.childNodes) collect(c);
  };
  collect(el);
  return normalizeSpace(out.join(' '));
}

/** Marked elements read per scope. */
const MAX_MARKED = 40;

/** Short texts of elements marked as date or byline blocks ("post-meta", "article-date"), article scope first. */
export function markedTextDates(doc: Document, language: string | null): PageDate[] {
  const discard = discarder(doc);
  for (const scope of scopes(doc)) {
    const found: PageDate[] = [];
    const inArticle = scope !== doc;
    let read = 0;
    walkElements(scope, (el) => {
      // The article's date block comes early; reading every marked element of a huge page costs seconds.
      if (read >= MAX_MARKED || found.some((f) => f.kind === 'published')) return false;
      if (el.tagName === 'script' || el.tagName === 'style' || el.tagName === 'template') return false;
      if (discard(el, inArticle)) return false;
      if (el.attrs.length === 0) return; // no marks
      const elMarks = marks(el);
      if (!MARKED.test(elMarks) || ENTITY_DATE.test(elMarks)) return;
      read++;
      let text = normalizeSpace(textContent(el));
      if (!text || text.length > 300) return;
      let dates = parseTextDates(text, language);
      // "03.03.21": a two-digit year is read only in a block marked as the date.
      if (!dates.length) dates = shortYearDates(text, language);
      // A date printed in adjacent spans ("<span>Dec</span><span>28</span><span>2013</span>") reads as one word.
      if (!dates.length && /\d/.test(text)) {
        const spaced = spacedText(el);
        if (spaced !== text) [text, dates] = [spaced, parseTextDates(spaced, language)];
      }
      for (const d of dates) {
        const prefix = text.slice(Math.max(0, d.index - 40), d.index);
        found.push({
          parts: d.parts,
          kind:
            MODIFIED_CUE.test(prefix) || (MODIFIED_MARK.test(elMarks) && !/publish/i.test(elMarks))
              ? 'modified'
              : 'published',
          via: 'marked',
        });
      }
      return false;
    });
    if (found.length) return found;
  }
  return [];
}

/** Characters of page text read after the headline (and before it, for dates printed above). */
const AFTER_HEADLINE = 600;
const BEFORE_HEADLINE = 200;
/** Elements whose contents are not page text; the <title> in <head> is read part by part (title-date.ts). */
const NO_TEXT: ReadonlySet<string> = new Set([
  'head',
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'select',
]);

/**
 * The text after the first <h1> and the text before it (the headline's byline block), each short; only the
 * text after it when `before` is false.
 */
export function nearHeadlineTexts(doc: Document, before = true): string[] {
  const discard = discarder(doc);
  const skipped = (el: Element): boolean => NO_TEXT.has(el.tagName) || discard(el, false) || isEntityDate(el);
  const shown = (el: Element): boolean => {
    for (let p: Element | null = el; p && isElement(p as Node); p = p.parentNode as Element | null)
      if (skipped(p)) return false;
    return true;
  };
  // The first headline outside the discarded regions; the walks below start from it, not from the page's top.
  const h1 = elementsByTag(doc, 'h1').find(shown) ?? titledHeading(doc, shown);
  if (!h1) return [];
  // Text nodes after (or, backwards, before) the headline, until `limit` characters: the walk reads no further.
  const texts = (node: Node, out: string[], limit: number, length: { n: number }, backwards = false): void => {
    if (length.n >= limit) return;
    if (isText(node)) {
      if (node.value.trim()) {
        if (backwards) out.unshift(node.value);
        else out.push(node.value);
        length.n += 1 + node.value.length;
      }
      return;
    }
    if (!isElement(node) || skipped(node)) return;
    const kids = node.childNodes;
    if (backwards) for (let i = kids.length - 1; i >= 0; i--) texts(kids[i]!, out, limit, length, true);
    else for (const c of kids) texts(c, out, limit, length);
  };
  const after: string[] = [];
  const afterLength = { n: 0 };
  const above: string[] = [];
  const aboveLength = { n: before ? 0 : BEFORE_HEADLINE };
  // Up the headline's ancestors: the siblings after each one, in document order, and those before it, backwards.
  for (let node: ChildNode = h1; node.parentNode; node = node.parentNode as Element) {
    const siblings = node.parentNode.childNodes;
    const i = siblings.indexOf(node);
    for (let j = i + 1; j < siblings.length && afterLength.n < AFTER_HEADLINE; j++)
      texts(siblings[j]!, after, AFTER_HEADLINE, afterLength);
    for (let j = i - 1; j >= 0 && aboveLength.n < BEFORE_HEADLINE; j--)
      texts(siblings[j]!, above, BEFORE_HEADLINE, aboveLength, true);
    if (!isElement(node.parentNode as Node)) break;
  }
  return [
    normalizeSpace(after.join(' ')).slice(0, AFTER_HEADLINE + 100),
    normalizeSpace(above.join(' ')).slice(-BEFORE_HEADLINE),
  ];
}

/** Characters a heading must have to be recognised in the <title>. */
const MIN_TITLED_HEADING = 8;

/**
 * A page without an <h1> (blog themes title their posts with <h2>): the first <h2> whose text the <title>
 * repeats is the headline. Other <h2>s are sections, sidebars or teasers.
 */
function titledHeading(doc: Document, shown: (el: Element) => boolean): Element | undefined {
  const titleEl = elementsByTag(doc, 'title')[0];
  const title = titleEl ? normalizeSpace(textContent(titleEl)).toLowerCase() : '';
  if (title.length < MIN_TITLED_HEADING) return undefined;
  return elementsByTag(doc, 'h2').find((el) => {
    const text = normalizeSpace(textContent(el)).toLowerCase();
    return text.length >= MIN_TITLED_HEADING && title.includes(text) && shown(el);
  });
}

/** Dates in the text around the first <h1> (the headline's byline block). */
export function nearHeadlineDates(doc: Document, language: string | null): PageDate[] {
  const out: PageDate[] = [];
  for (const text of nearHeadlineTexts(doc)) {
    for (const d of parseTextDates(text, language)) {
      const prefix = text.slice(Math.max(0, d.index - 40), d.index);
      out.push({ parts: d.parts, kind: MODIFIED_CUE.test(prefix) ? 'modified' : 'published', via: 'near-headline' });
    }
  }
  return out;
}

/** Words that introduce the publication date in a byline line, in the languages of the date parsers. */
const PUBLISHED_CUE =
  /(?<![\p{L}\p{N}])(?:published|posted|first published|publication date|date published|veröffentlicht|publiziert|erschienen|publié|publicado|publicada|publicação|pubblicato|gepubliceerd|geplaatst|opublikowano|publikováno|publikované|опубликовано|publicerad|publicerat|julkaistu|yayınlanma|yayımlanma)(?![\p{L}])|发布|發佈|发表|發表|公開日|投稿日|게시|입력/giu;
/** Text nodes read for cue lines; characters after a cue where its date must begin. */
const MAX_CUE_NODES = 2_000;
const CUE_REACH = 60;
const MAX_CUES = 5;
/** A byline line is short: a cue in a longer block is prose ("the study, published March 3 in …"). */
const MAX_CUE_LINE = 250;

/**
 * The short block a cue's text node stands in; null in prose. An element without a year holds only the cue's
 * label ("<span>Published:</span>"): its date is in the enclosing block.
 */
function cueLine(node: Node): string | null {
  let el = (node as TextNode).parentNode as Element | null;
  for (let up = 0; el && isElement(el as Node) && up < 3; up++) {
    const text = normalizeSpace(textContent(el));
    if (text.length > MAX_CUE_LINE) return null;
    if (/(?:19|20)\d{2}/.test(text)) return text;
    el = el.parentNode as Element | null;
  }
  return null;
}

/**
 * Dates introduced by a byline cue in a short line anywhere in the page ("Posted by … on 2019-02-15",
 * "Veröffentlicht am 3. März 2024"), article scope first: for pages whose headline is no <h1> or whose date
 * sits far from it.
 */
export function cueLineDates(doc: Document, language: string | null): PageDate[] {
  const discard = discarder(doc);
  for (const scope of scopes(doc)) {
    const inArticle = scope !== doc;
    const lines: string[] = [];
    let nodes = 0;
    const collect = (node: Node): void => {
      if (nodes >= MAX_CUE_NODES || lines.length >= MAX_CUES) return;
      if (isText(node)) {
        nodes++;
        PUBLISHED_CUE.lastIndex = 0;
        if (!PUBLISHED_CUE.test(node.value)) return;
        const line = cueLine(node);
        if (line && lines.at(-1) !== line) lines.push(line);
        return;
      }
      if (isElement(node)) {
        if (NO_TEXT.has(node.tagName) || discard(node, inArticle)) return;
        if (isEntityDate(node)) return;
      }
      if ('childNodes' in node) for (const c of (node as Element).childNodes) collect(c);
    };
    collect(scope);
    for (const line of lines) {
      for (const m of line.matchAll(PUBLISHED_CUE)) {
        const after = line.slice(m.index + m[0].length, m.index + m[0].length + CUE_REACH + 40);
        const d = parseTextDates(after, language).find((t) => t.index <= CUE_REACH);
        // "Posted … Updated March 5": the update's date is not the publication's.
        if (d && !MODIFIED_CUE.test(after.slice(0, d.index)))
          return [{ parts: d.parts, kind: 'published', via: 'cue' }];
      }
    }
  }
  return [];
}

/**
 * Words next to a date that say it is the publication's, in languages that put them after the date too
 * ("3/9(木) 18:45配信", "18:45 投稿"): cue lines for dates printed without a year.
 */
const LINE_CUE =
  /(?<![\p{L}])(?:published|posted|veröffentlicht|publié|publicado|pubblicato)(?![\p{L}])|配信|投稿|公開|发布|發佈/iu;
/** Marks of a site header, whose date without a year is today's, not the story's. */
const MASTHEAD_MARKS = /masthead|top-?bar|site-?header|today|current-?date/i;

/** A page header without the headline, or an element marked as one: its "Monday, March 3" is the day of printing. */
function isMasthead(el: Element): boolean {
  if (el.tagName === 'header') return elementsByTag(el, 'h1').length === 0;
  return el.attrs.length > 0 && MASTHEAD_MARKS.test(marks(el));
}

/** Byline texts read for dates without a year: a byline is short and comes early. */
const MAX_BYLINE_TEXTS = 12;
const MAX_BYLINE_TEXT = 160;

/**
 * Short byline texts, article scope first: elements marked as date or byline blocks, <time> elements, and
 * short blocks with a publication cue. Not the text under the headline: its lead's "on March 3" is the story's.
 */
export function bylineTexts(doc: Document): string[] {
  const discard = discarder(doc);
  const out: string[] = [];
  for (const scope of scopes(doc)) {
    const inArticle = scope !== doc;
    const visit = (node: Node): void => {
      if (out.length >= MAX_BYLINE_TEXTS) return;
      if (isText(node)) {
        const parent = node.parentNode as Element | null;
        if (!parent || !isElement(parent as Node) || !LINE_CUE.test(node.value)) return;
        const text = spacedText(parent);
        if (text.length <= MAX_BYLINE_TEXT && !out.includes(text)) out.push(text);
        return;
      }
      if (!isElement(node)) {
        if ('childNodes' in node) for (const c of (node as Document).childNodes) visit(c);
        return;
      }
      if (NO_TEXT.has(node.tagName) || discard(node, inArticle) || isEntityDate(node)) return;
      if (isMasthead(node)) return;
      if (node.tagName === 'time' || (node.attrs.length > 0 && MARKED.test(marks(node)))) {
        const text = spacedText(node);
        if (text && text.length <= MAX_BYLINE_TEXT) {
          if (!out.includes(text)) out.push(text);
          return;
        }
      }
      for (const c of node.childNodes) visit(c);
    };
    visit(scope);
    if (out.length) return out;
  }
  return out;
}

/**
 * The page's date scopes (article containers, then the document) and a test of the regions whose dates are
 * not the story's (other documents, furniture, entity dates, the site's header), for stages in other files.
 */
export function dateRegions(doc: Document): {
  scopes: Array<Document | Element>;
  skipped: (el: Element, inArticle: boolean) => boolean;
} {
  const discard = discarder(doc);
  return {
    scopes: scopes(doc),
    skipped: (el, inArticle) => NO_TEXT.has(el.tagName) || discard(el, inArticle) || isEntityDate(el) || isMasthead(el),
  };
}
