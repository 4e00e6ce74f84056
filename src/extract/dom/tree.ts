/**
 * The DOM the extractor works on: parse5's spec-compliant tree (WHATWG tree construction), walked with the
 * small helpers below instead of a browser-like DOM, because a full DOM (jsdom, linkedom) costs more than the
 * extraction itself (measured: parse5 ≈ 11 ms/page, linkedom ≈ 17 ms/page on the Scrapinghub pages).
 */
import { parse, parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';

export type Node = DefaultTreeAdapterMap['node'];
export type ParentNode = DefaultTreeAdapterMap['parentNode'];
export type ChildNode = DefaultTreeAdapterMap['childNode'];
export type Element = DefaultTreeAdapterMap['element'];
export type TextNode = DefaultTreeAdapterMap['textNode'];
export type Document = DefaultTreeAdapterMap['document'];
export type DocumentFragment = DefaultTreeAdapterMap['documentFragment'];

/** Parses a whole page. Never throws: parse5 recovers from any markup as browsers do. */
export function parseDocument(html: string): Document {
  return parse(html);
}

export function parseHtmlFragment(html: string): DocumentFragment {
  return parseFragment(html);
}

export function serializeNode(node: ParentNode): string {
  return serialize(node);
}

export function isElement(node: Node): node is Element {
  return (node as Element).tagName !== undefined;
}

export function isText(node: Node): node is TextNode {
  return node.nodeName === '#text';
}

export function attr(el: Element, name: string): string | null {
  for (const a of el.attrs) if (a.name === name) return a.value;
  return null;
}

export function hasAttr(el: Element, name: string): boolean {
  for (const a of el.attrs) if (a.name === name) return true;
  return false;
}

/** The element's parent when that is an element (not the document or a fragment). */
export function parentElementOf(el: Element): Element | null {
  const p = el.parentNode as Element | null;
  return p && 'tagName' in p ? p : null;
}

/** Whether `el` is `box` or inside it. */
export function isInside(el: Element, box: Element): boolean {
  for (let e: Element | null = el; e; e = parentElementOf(e)) if (e === box) return true;
  return false;
}

export function childElements(node: ParentNode): Element[] {
  const out: Element[] = [];
  for (const c of node.childNodes) if (isElement(c)) out.push(c);
  return out;
}

/**
 * Depth-first, document order. `visit` returning false skips the element's subtree. Only elements go on the
 * stack: text nodes are most of a page's nodes, and every walk of the extractor would push and pop them.
 */
export function walkElements(root: ParentNode, visit: (el: Element) => boolean | void): void {
  const stack: Element[] = [];
  pushChildElements(root, stack);
  while (stack.length) {
    const el = stack.pop()!;
    if (visit(el) === false || el.tagName === 'template') continue;
    pushChildElements(el, stack);
  }
}

function pushChildElements(node: ParentNode, stack: Element[]): void {
  const kids = node.childNodes;
  for (let i = kids.length - 1; i >= 0; i--) {
    const kid = kids[i]!;
    if (isElement(kid)) stack.push(kid);
  }
}

/**
 * Each parsed page's elements by tag name, in document order, built in one walk on first use: metadata, dates
 * and images each ask a whole document for its <meta>, <script>, <h1>… and the tree is never changed after
 * parsing, so one walk serves them all. The same walk lists the elements that microdata and the article
 * scopes of bylines and dates look for (`itemScopes`, `articleCandidates`), which otherwise took a whole walk
 * each. The index hangs off the document itself rather than a WeakMap: V8's minor collections keep WeakMap
 * values alive, which promoted every page tree to the old generation (+30 MiB peak RSS over the Scrapinghub
 * pages).
 */
const TAG_INDEX = Symbol('tagIndex');

interface DocumentIndex {
  byTag: Map<string, Element[]>;
  /** Elements with an `itemscope` attribute. */
  itemScopes: Element[];
  /** <article>, <main>, and elements with an `itemtype` attribute. */
  articleCandidates: Element[];
}

type IndexedDocument = Document & { [TAG_INDEX]?: DocumentIndex };

function documentIndex(doc: IndexedDocument): DocumentIndex {
  let index = doc[TAG_INDEX];
  if (!index) {
    const built: DocumentIndex = { byTag: new Map(), itemScopes: [], articleCandidates: [] };
    walkElements(doc, (el) => {
      const t = el.tagName;
      const list = built.byTag.get(t);
      if (list) list.push(el);
      else built.byTag.set(t, [el]);
      if (el.attrs.length === 0) {
        if (t === 'article' || t === 'main') built.articleCandidates.push(el);
        return;
      }
      if (hasAttr(el, 'itemscope')) built.itemScopes.push(el);
      if (t === 'article' || t === 'main' || hasAttr(el, 'itemtype')) built.articleCandidates.push(el);
    });
    doc[TAG_INDEX] = index = built;
  }
  return index;
}

/** The page's elements with an `itemscope` attribute, in document order. */
export function itemScopes(doc: Document): readonly Element[] {
  return documentIndex(doc).itemScopes;
}

/**
 * The article scopes of the page: <article>, <main> and elements whose `itemtype` matches `type`, outermost
 * only, in document order.
 */
export function articleScopes(doc: Document, type: RegExp): Element[] {
  const found = documentIndex(doc).articleCandidates.filter(
    (el) => el.tagName === 'article' || el.tagName === 'main' || type.test(attr(el, 'itemtype') ?? ''),
  );
  return outermost(found);
}

/**
 * The elements not inside another of them, in their order: what a document-order walk that stops at each
 * one finds.
 */
export function outermost(els: readonly Element[]): Element[] {
  if (els.length < 2) return [...els];
  const set = new Set(els);
  return els.filter((el) => {
    for (let p = el.parentNode; p && 'tagName' in p; p = (p as Element).parentNode)
      if (set.has(p as Element)) return false;
    return true;
  });
}

function isDocument(node: ParentNode): node is Document {
  return node.nodeName === '#document';
}

export function elementsByTag(root: ParentNode, ...tags: string[]): Element[] {
  if (tags.length === 1 && isDocument(root)) return documentIndex(root).byTag.get(tags[0]!)?.slice() ?? [];
  const out: Element[] = [];
  walkElements(root, (el) => {
    if (tags.includes(el.tagName)) out.push(el);
  });
  return out;
}

/** Concatenated text of a subtree (like textContent), skipping script, style and template contents. */
export function textContent(root: Node): string {
  if (isText(root)) return root.value;
  if (!('childNodes' in root)) return '';
  let out = '';
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (isText(node)) out += node.value;
    else if (isElement(node)) {
      if (node.tagName === 'script' || node.tagName === 'style' || node.tagName === 'template') continue;
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
    } else if ('childNodes' in node) {
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push((node as ParentNode).childNodes[i]!);
    }
  }
  return out;
}

/** Collapses runs of white space to one space and trims. */
export function normalizeSpace(s: string): string {
  return NEEDS_NORMALIZING.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

/**
 * White space that normalizing would change: at either end, two in a row, or any but a plain space. Most
 * strings normalized are already clean (attribute values, short texts); testing first spares a copy of each.
 */
const NEEDS_NORMALIZING = /^\s|\s$|\s\s|[^\S ]/;

/** Length of `textContent(root)` without building the string (for size checks on large subtrees). */
export function textLength(root: Node): number {
  return countText(root, Infinity);
}

/**
 * Whether `textContent(root)` has at least `limit` characters; stops counting once it has. A wrapper that
 * holds most of the page's text answers after its first few paragraphs instead of its whole subtree.
 */
export function textLengthReaches(root: Node, limit: number): boolean {
  return countText(root, limit) >= limit;
}

/** Characters of text under `root`, counted until `limit` is reached. */
function countText(root: Node, limit: number): number {
  if (isText(root)) return root.value.length;
  if (!('childNodes' in root)) return 0;
  let n = 0;
  const stack: Node[] = [root];
  while (stack.length && n < limit) {
    const node = stack.pop()!;
    if (isText(node)) n += node.value.length;
    else if (isElement(node)) {
      if (node.tagName === 'script' || node.tagName === 'style' || node.tagName === 'template') continue;
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
    } else if ('childNodes' in node) {
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push((node as ParentNode).childNodes[i]!);
    }
  }
  return n;
}
