/**
 * The page's headline candidates: every <h1> and the <title>, read from the document's tag index (one walk
 * shared with metadata and dates) rather than a walk of their own.
 */
import { elementsByTag, normalizeSpace, textContent, type Document, type Element } from './tree.js';

export interface Headlines {
  h1s: string[];
  title: string | null;
}

/**
 * Subtrees whose <h1> or <title> is not the page's: an SVG's own <title>, markup inside <noscript>, and an
 * <h1> or <title> nested in another headline.
 */
const NOT_A_HEADLINE_INSIDE: ReadonlySet<string> = new Set(['svg', 'noscript', 'h1', 'title', 'script', 'style']);

function nestedInAnother(el: Element): boolean {
  for (let p = el.parentNode; p && 'tagName' in p; p = (p as Element).parentNode)
    if (NOT_A_HEADLINE_INSIDE.has((p as Element).tagName)) return true;
  return false;
}

export function findHeadlines(doc: Document): Headlines {
  const h1s: string[] = [];
  for (const el of elementsByTag(doc, 'h1')) {
    if (nestedInAnother(el)) continue;
    const text = normalizeSpace(textContent(el));
    if (text) h1s.push(text);
  }
  const titleEl = elementsByTag(doc, 'title').find((el) => !nestedInAnother(el));
  const title = titleEl ? normalizeSpace(textContent(titleEl)) || null : null;
  return { h1s, title };
}
