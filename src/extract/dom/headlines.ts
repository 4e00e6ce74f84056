/** The page's headline candidates, found in one walk: every <h1> and the <title>. */
import { normalizeSpace, textContent, walkElements, type Document } from './tree.js';

export interface Headlines {
  h1s: string[];
  title: string | null;
}

export function findHeadlines(doc: Document): Headlines {
  const h1s: string[] = [];
  let title: string | null = null;
  walkElements(doc, (el) => {
    const t = el.tagName;
    if (t === 'h1' || (t === 'title' && title === null)) {
      const text = normalizeSpace(textContent(el));
      if (t === 'h1' && text) h1s.push(text);
      else if (t === 'title') title = text || null;
      return false;
    }
    return t !== 'script' && t !== 'style' && t !== 'svg' && t !== 'noscript';
  });
  return { h1s, title };
}
