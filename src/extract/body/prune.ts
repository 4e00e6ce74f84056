/**
 * Which elements are page chrome rather than article: decided once per element as the segmenter reaches it,
 * so a dropped subtree is never walked. A class-name match is overruled when the element holds most of the
 * page's text (a wrapper named "page has-sidebar" is the page, not a sidebar).
 */
import { attr, textLength, textLengthReaches, walkElements, type Element } from '../dom/tree.js';
import {
  COMMENT_TOKEN,
  DROP_ROLES,
  DROP_TAGS,
  EMBEDDED_POST_CLASSES,
  HIDDEN_CLASSES,
  HIDDEN_STYLE,
  MAYBE_CONTENT,
  STRONG_BOILERPLATE,
  WEAK_BOILERPLATE,
} from './hints.js';

/** Share of the page's text above which a class-name match is not trusted. */
const GUARD_SHARE = 0.4;
/** Elements whose class names are not judged: they carry content or images whatever they are called. */
const NO_CLASS_CHECK: ReadonlySet<string> = new Set(['html', 'body', 'a', 'figure', 'img', 'picture']);
/**
 * CMS taxonomy classes describe the post, not the element: WordPress puts "tag-sharing", "category-comment",
 * "author-…" on the article itself; layout modifiers ("content-with-sidebar", "has-comments") describe what is
 * beside the element. Removed before judging names.
 */
const TAXONOMY =
  /(?<![\w-])(?:tag|tags|category|categories|format|status|type|post|postid|author|topic|section)-[\w-]*|(?<![a-z])(?:has|with|no|without)-[\w-]*/g;
/**
 * A chrome-named element that holds this many long prose paragraphs is article text all the same: "read more"
 * expanders and "story-promo" wrappers hold the rest of the article on some templates (measured on
 * Readability's test pages). Link lists and teaser cards have short or linked paragraphs; comments are
 * judged by COMMENT_TOKEN first and stay dropped.
 */
const PROSE_PARAGRAPHS = 3;
const PROSE_PARAGRAPH_CHARS = 200;
/** Paragraphs in list items or figures are slides, cards or captions (a gallery's "legends"), not the text. */
const LIST_ITEMS: ReadonlySet<string> = new Set(['li', 'figure', 'figcaption', 'dd']);

function linkChars(p: Element): number {
  let n = 0;
  walkElements(p, (e) => {
    if (e.tagName !== 'a') return true;
    n += textLength(e);
    return false;
  });
  return n;
}

function holdsProse(el: Element): boolean {
  let n = 0;
  walkElements(el, (e) => {
    if (n >= PROSE_PARAGRAPHS || LIST_ITEMS.has(e.tagName)) return false;
    if (e.tagName !== 'p') return true;
    const len = textLength(e);
    if (len >= PROSE_PARAGRAPH_CHARS && linkChars(e) * 2 < len) n++;
    return false;
  });
  return n >= PROSE_PARAGRAPHS;
}

/**
 * A hover card set inside a sentence: a person's or a topic's photo followed by links (their name, their latest
 * stories), shown only under the pointer. Left in, its links fuse with the sentence around it, which then reads
 * as a link list and is dropped whole (measured on Scrapinghub dev: the lead sentences naming a politician were
 * lost). The picture comes first; the linked name the reader sees comes before the picture, outside the card.
 */
const CARD_LINKS = 2;
const CARD_LINK_SHARE = 0.8;
/** How far above a card its paragraph may be. */
const CARD_DEPTH = 4;

function inParagraph(el: Element): boolean {
  let e = el.parentNode as Element | null;
  for (let i = 0; e && 'tagName' in e && i < CARD_DEPTH; i++, e = e.parentNode as Element | null)
    if (e.tagName === 'p') return true;
  return false;
}

function isHoverCard(el: Element): boolean {
  if (el.tagName !== 'span' || !inParagraph(el)) return false;
  let picture = false;
  let pictureFirst = false;
  let links = 0;
  let linkText = 0;
  walkElements(el, (e) => {
    if (e.tagName === 'img' || e.tagName === 'picture') picture = true;
    if (e.tagName !== 'a') return true;
    if (links === 0) pictureFirst = picture;
    links++;
    linkText += textLength(e);
    return false;
  });
  return pictureFirst && links >= CARD_LINKS && linkText >= CARD_LINK_SHARE * textLength(el);
}

/** Share of a chrome-named box's text that must be quoted posts for the box to be kept. */
const EMBED_SHARE = 0.6;

function isEmbeddedPost(el: Element): boolean {
  if (el.tagName !== 'blockquote') return false;
  const cls = attr(el, 'class');
  return !!cls && cls.split(/\s+/).some((c) => EMBEDDED_POST_CLASSES.has(c));
}

/** A box (named "social-embed" or the like) whose text is mostly posts quoted by the story: see EMBEDDED_POST_CLASSES. */
function holdsEmbeddedPosts(el: Element): boolean {
  let posts = 0;
  walkElements(el, (e) => {
    if (!isEmbeddedPost(e)) return true;
    posts += textLength(e);
    return false;
  });
  return posts > 0 && posts >= EMBED_SHARE * textLength(el);
}

/**
 * Component class names written in camel case ("InlineImage-imageEmbedCaption", "RelatedLinks", "shareBar")
 * get a hyphen at each hump, so the chrome words, matched at a word start, are found in them as in kebab case.
 */
function splitCamel(names: string): string {
  return names.replace(/([a-z\d])([A-Z])/g, '$1-$2');
}

const PAYWALL =
  /paywall|piano-|subscriber-only|subscribers-only|premium-(?:content|article|wall)|meter-?wall|regwall|fade-?out-?content|article-?gate/;
const LIVE_BLOG = /live-?blog|liveblog|live-?update|live-?post|live-?event/;

export interface PruneContext {
  /** The page's body, whose text length the guard compares with (measured on first need). */
  body: Element;
  totalText: number | null;
  /** Set when a paywall or truncation marker was seen. */
  paywall: boolean;
  /** Set when live-blog markup was seen. */
  liveBlog: boolean;
  /** The page's first <h1>, its headline (found on first need; null when there is none). */
  firstH1?: Element | null;
  /** When set, class and id names are not judged (the fallback pass). */
  relaxed?: boolean;
}

export function newPruneContext(body: Element): PruneContext {
  return { body, totalText: null, paywall: false, liveBlog: false };
}

function hiddenByAttrs(el: Element): boolean {
  for (const a of el.attrs) {
    if (a.name === 'hidden') return true;
    if (a.name === 'aria-hidden' && a.value === 'true') return true;
    if (a.name === 'style' && HIDDEN_STYLE.test(a.value)) return true;
    if (a.name === 'role' && DROP_ROLES.has(a.value.trim().toLowerCase())) return true;
  }
  return false;
}

/**
 * What an element's class and id say: hidden from readers or reader comments (always dropped), chrome
 * (dropped unless it holds most of the page's text), or nothing against it. Pages repeat the same class
 * strings hundreds of times, so the verdict is cached per string.
 */
type NameVerdict = 'hidden' | 'chrome' | 'content';
const nameVerdicts = new Map<string, NameVerdict>();
const MAX_CACHED = 5000;

function nameVerdict(cls: string, names: string): NameVerdict {
  const key = cls + '\u0000' + names;
  let v = nameVerdicts.get(key);
  if (v === undefined) {
    if (cls.split(/\s+/).some((c) => HIDDEN_CLASSES.has(c.toLowerCase()))) v = 'hidden';
    else if (names.split(/\s+/).some((t) => COMMENT_TOKEN.test(t))) v = 'hidden';
    else if (STRONG_BOILERPLATE.test(names) || (WEAK_BOILERPLATE.test(names) && !MAYBE_CONTENT.test(names)))
      v = 'chrome';
    else v = 'content';
    if (nameVerdicts.size >= MAX_CACHED) nameVerdicts.clear();
    nameVerdicts.set(key, v);
  }
  return v;
}

/**
 * The first <h1> is the headline, never body text. Pages that give every section an <h1> (HTML5 sectioning,
 * books and documentation set as web pages) have their section titles in the later ones (measured on
 * Readability's test pages: every section title of such a chapter was lost).
 */
function isHeadline(el: Element, ctx: PruneContext): boolean {
  if (ctx.firstH1 === undefined) {
    ctx.firstH1 = null;
    walkElements(ctx.body, (e) => {
      if (ctx.firstH1) return false;
      if (e.tagName === 'h1') ctx.firstH1 = e;
      return !ctx.firstH1;
    });
  }
  return el === ctx.firstH1;
}

/**
 * A <header> that heads nothing: no heading, navigation or form in it, only a paragraph of prose (an article's
 * lead set in a <header> inside the text's own container). Page and article headers hold the headline.
 */
const HEADER_PROSE_CHARS = 80;
/** What a real header holds: the headline, navigation, a search form, a date line or the author's address. */
const HEADER_CHROME: ReadonlySet<string> = new Set([
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'nav', 'form', 'ul', 'ol', 'time', 'address',
]); // prettier-ignore

function proseHeader(el: Element): boolean {
  if (el.tagName !== 'header') return false;
  let chrome = false;
  walkElements(el, (e) => {
    if (HEADER_CHROME.has(e.tagName)) chrome = true;
    return !chrome;
  });
  if (chrome) return false;
  const len = textLength(el);
  return len >= HEADER_PROSE_CHARS && linkChars(el) * 4 < len;
}

/** True when the element and its subtree are not article content. */
export function isDropped(el: Element, ctx: PruneContext): boolean {
  if (DROP_TAGS.has(el.tagName) && !proseHeader(el)) return true;
  if (el.tagName === 'h1' && isHeadline(el, ctx)) return true;
  if (el.attrs.length === 0) return false;
  if (hiddenByAttrs(el)) return true;
  if (NO_CLASS_CHECK.has(el.tagName)) return false;
  if (isHoverCard(el)) return true;
  const cls = attr(el, 'class') ?? '';
  const names = splitCamel(cls + ' ' + (attr(el, 'id') ?? ''))
    .toLowerCase()
    .replace(TAXONOMY, ' ');
  if (names.length <= 1) return false;
  if (attr(el, 'itemprop') === 'articleBody') return false;
  if (LIVE_BLOG.test(names)) ctx.liveBlog = true;
  if (PAYWALL.test(names)) ctx.paywall = true;
  const verdict = nameVerdict(cls, names);
  if (verdict === 'hidden') return true;
  if (ctx.relaxed || verdict === 'content') return false;
  ctx.totalText ??= textLength(ctx.body);
  return !textLengthReaches(el, GUARD_SHARE * ctx.totalText) && !holdsProse(el) && !holdsEmbeddedPosts(el);
}
