/**
 * The byline as the page prints it, for pages whose metadata names no author: rel=author links,
 * itemprop=author, and elements classed "byline" or "author" (not author bios). Returns the raw text; the
 * byline stage (`cleanByline`) turns it into names.
 */
import { attr, normalizeSpace, textContent, walkElements, type Document } from './tree.js';

const BYLINE_CLASS =
  /(?<![a-z])(?:byline|by-line|author(?:-?name)?|article-?author|story-?author|writer)(?![a-z-]*(?:bio|image|img|photo|avatar|box|card|social))/i;
/** Longer than this is a bio paragraph, not a byline. */
const MAX_BYLINE_CHARS = 160;

export function findBylineText(doc: Document): string | null {
  let found: string | null = null;
  walkElements(doc, (el) => {
    if (found) return false;
    if (el.tagName === 'script' || el.tagName === 'style' || el.tagName === 'head') return false;
    // Most elements carry no attribute, hence no mark: skip building and testing an empty mark string.
    if (el.attrs.length === 0) return;
    const hit =
      attr(el, 'rel') === 'author' ||
      attr(el, 'itemprop') === 'author' ||
      BYLINE_CLASS.test(`${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`);
    if (!hit) return;
    const t = normalizeSpace(textContent(el));
    if (t && t.length <= MAX_BYLINE_CHARS) found = t;
    return false;
  });
  return found;
}
