/** HTML microdata decoding (WHATWG "Microdata"): items with their types and property values, nested items kept. */
import {
  attr,
  childElements,
  hasAttr,
  itemScopes,
  normalizeSpace,
  outermost,
  textContent,
  type Document,
  type Element,
} from '../../dom/tree.js';

export type MicrodataValue = string | MicrodataItem;

export interface MicrodataItem {
  /** schema.org local type names ("NewsArticle"). */
  types: string[];
  props: Map<string, MicrodataValue[]>;
}

/** Items nested deeper than this are ignored (hostile pages). */
const MAX_DEPTH = 8;

/**
 * Properties that are text by nature: pages put them on links (`<a itemprop="name" href=…>Headline</a>`), where
 * the spec would give the href; we take the link text, which is what the publisher meant.
 */
const TEXT_PROPS: ReadonlySet<string> = new Set([
  'name',
  'headline',
  'description',
  'articlesection',
  'keywords',
  'genre',
  'alternativeheadline',
]);

/** The property value per the spec's element table: content, datetime, href/src, else text. */
function valueOf(el: Element, names: string[]): string {
  const content = attr(el, 'content');
  if (content !== null) return content;
  if ((el.tagName === 'a' || el.tagName === 'area') && names.some((n) => TEXT_PROPS.has(n.toLowerCase()))) {
    return normalizeSpace(textContent(el));
  }
  switch (el.tagName) {
    case 'time':
      return attr(el, 'datetime') ?? normalizeSpace(textContent(el));
    case 'a':
    case 'link':
    case 'area':
      return attr(el, 'href') ?? '';
    case 'img':
    case 'audio':
    case 'video':
    case 'source':
    case 'iframe':
    case 'embed':
      return attr(el, 'src') ?? '';
    case 'meta':
      return '';
    case 'data':
    case 'meter':
      return attr(el, 'value') ?? '';
    default:
      return normalizeSpace(textContent(el));
  }
}

function readItem(scope: Element, depth: number): MicrodataItem {
  const types = (attr(scope, 'itemtype') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => t.replace(/^.*[/#]/, ''));
  const props = new Map<string, MicrodataValue[]>();
  const visit = (el: Element): void => {
    for (const child of childElements(el)) {
      const names = (attr(child, 'itemprop') ?? '').split(/\s+/).filter(Boolean);
      const nested = hasAttr(child, 'itemscope');
      if (names.length) {
        const value: MicrodataValue = nested && depth < MAX_DEPTH ? readItem(child, depth + 1) : valueOf(child, names);
        for (const n of names) {
          const list = props.get(n);
          if (list) list.push(value);
          else props.set(n, [value]);
        }
      }
      if (!nested) visit(child);
    }
  };
  visit(scope);
  return { types, props };
}

/** Top-level items of the page (those not themselves a property of another item). */
export function decodeMicrodata(doc: Document): MicrodataItem[] {
  const topLevel = outermost(itemScopes(doc).filter((el) => attr(el, 'itemprop') === null));
  return topLevel.map((el) => readItem(el, 0));
}
