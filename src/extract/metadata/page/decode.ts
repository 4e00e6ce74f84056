/** What the page itself says outside structured metadata: <title>, headings, canonical link, lang, bylines. */
import {
  articleScopes,
  attr,
  elementsByTag,
  isElement,
  normalizeSpace,
  textContent,
  walkElements,
  type Document,
  type Element,
} from '../../dom/tree.js';

export interface PageFacts {
  /** The document's <title> text. */
  title: string | null;
  /** Text of each <h1>, in order, then each <h2> (Readability checks both for a title match). */
  h1: string[];
  h2: string[];
  canonical: string | null;
  /** <html lang>, or the first xml:lang. */
  lang: string | null;
  /** Text of elements marked as a byline (rel=author, itemprop=author, class/id "byline"…), in order. */
  bylines: string[];
}

/** Class or id values of byline containers (Readability's `byline` regex, plus common CMS names). */
const BYLINE_MARK = /byline|author|writtenby|p-author|article-credit|story-credit|contributor/i;
/** …but not these: author boxes at the foot, comment authors, share widgets. */
const NOT_BYLINE = /comment|avatar|share|social|bio|related|footer|meta-author-img|about-the-author/i;
/** Regions whose bylines belong to other texts: comment threads, related stories, sidebars. */
const ELSEWHERE =
  /comment|related|recommend|sidebar|teaser|widget|popular|trending|more-?stories|read-?next|most-?read/i;
/** A microdata item type naming an article (NewsArticle, BlogPosting's kin "Article"). */
const ARTICLE_TYPE = /\barticle\b/i;
/** Longer than this is a bio, not a byline. */
const MAX_BYLINE = 120;

/** Bylines inside the article (<article>, <main>, itemprop=articleBody's parent) come before the rest of the page. */
function bylines(doc: Document): string[] {
  const scopes = articleScopes(doc, ARTICLE_TYPE);
  for (const scope of scopes) {
    const found = bylinesIn(scope);
    if (found.length) return found;
  }
  return bylinesIn(doc);
}

function bylinesIn(root: Document | Element): string[] {
  const out: string[] = [];
  walkElements(root, (el) => {
    if (el.tagName === 'script' || el.tagName === 'style' || el.tagName === 'footer' || el.tagName === 'aside')
      return false;
    if (out.length >= 5) return false;
    // Most elements carry no attribute, hence no mark: skip building and testing an empty mark string.
    if (el.attrs.length === 0) return;
    const marks = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`;
    if (ELSEWHERE.test(marks)) return false;
    const rel = attr(el, 'rel');
    const itemprop = attr(el, 'itemprop');
    const marked =
      rel === 'author' || /\bauthor\b/.test(itemprop ?? '') || (BYLINE_MARK.test(marks) && !NOT_BYLINE.test(marks));
    if (!marked) return;
    const text = normalizeSpace(textContent(el));
    if (text && text.length <= MAX_BYLINE) {
      out.push(text);
      return false;
    }
  });
  return out;
}

function headText(tag: string, doc: Document): string[] {
  return elementsByTag(doc, tag)
    .map((h) => normalizeSpace(textContent(h)))
    .filter(Boolean);
}

function htmlElement(doc: Document): Element | null {
  return doc.childNodes.find((n): n is Element => isElement(n) && n.tagName === 'html') ?? null;
}

export function decodePage(doc: Document): PageFacts {
  const titleEl = elementsByTag(doc, 'title').find((t) => !isInSvg(t));
  const canonicalEl = elementsByTag(doc, 'link').find((l) =>
    (attr(l, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  const html = htmlElement(doc);
  return {
    title: titleEl ? normalizeSpace(textContent(titleEl)) || null : null,
    h1: headText('h1', doc),
    h2: headText('h2', doc),
    canonical: canonicalEl ? attr(canonicalEl, 'href') : null,
    lang: (html && (attr(html, 'lang') ?? attr(html, 'xml:lang'))) || null,
    bylines: bylines(doc),
  };
}

function isInSvg(el: Element): boolean {
  for (let p = el.parentNode; p && 'tagName' in p; p = (p as Element).parentNode)
    if ((p as Element).tagName === 'svg') return true;
  return false;
}
