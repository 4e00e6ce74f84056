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

export function childElements(node: ParentNode): Element[] {
  const out: Element[] = [];
  for (const c of node.childNodes) if (isElement(c)) out.push(c);
  return out;
}

/** Depth-first, document order. `visit` returning false skips the element's subtree. */
export function walkElements(root: ParentNode, visit: (el: Element) => boolean | void): void {
  const stack: Node[] = [];
  for (let i = root.childNodes.length - 1; i >= 0; i--) stack.push(root.childNodes[i]!);
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (visit(node) === false) continue;
    const kids = node.tagName === 'template' ? [] : node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

/**
 * Each parsed page's elements by tag name, in document order, built in one walk on first use: metadata, dates
 * and images each ask a whole document for its <meta>, <script>, <h1>… and the tree is never changed after
 * parsing, so one walk serves them all. The index hangs off the document itself rather than a WeakMap: V8's
 * minor collections keep WeakMap values alive, which promoted every page tree to the old generation (+30 MiB
 * peak RSS over the Scrapinghub pages).
 */
const TAG_INDEX = Symbol('tagIndex');
type IndexedDocument = Document & { [TAG_INDEX]?: Map<string, Element[]> };

function tagIndex(doc: IndexedDocument): Map<string, Element[]> {
  let index = doc[TAG_INDEX];
  if (!index) {
    const built = new Map<string, Element[]>();
    walkElements(doc, (el) => {
      const list = built.get(el.tagName);
      if (list) list.push(el);
      else built.set(el.tagName, [el]);
    });
    doc[TAG_INDEX] = index = built;
  }
  return index;
}

function isDocument(node: ParentNode): node is Document {
  return node.nodeName === '#document';
}

export function elementsByTag(root: ParentNode, ...tags: string[]): Element[] {
  if (tags.length === 1 && isDocument(root)) return tagIndex(root).get(tags[0]!)?.slice() ?? [];
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
  return s.replace(/\s+/g, ' ').trim();
}

/** Length of `textContent(root)` without building the string (for size checks on large subtrees). */
export function textLength(root: Node): number {
  if (isText(root)) return root.value.length;
  if (!('childNodes' in root)) return 0;
  let n = 0;
  const stack: Node[] = [root];
  while (stack.length) {
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
