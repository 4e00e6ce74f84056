/** The page's declared language from <html lang>, primary subtag only ("en-GB" → "en"). */
import { attr, type Document, type Element } from './tree.js';

export function htmlLang(doc: Document): string | null {
  const html = doc.childNodes.find((n) => (n as Element).tagName === 'html') as Element | undefined;
  const lang = html ? (attr(html, 'lang') ?? attr(html, 'xml:lang')) : null;
  const m = lang ? /^([a-z]{2,3})(?:[-_]|$)/i.exec(lang.trim()) : null;
  return m ? m[1]!.toLowerCase() : null;
}
