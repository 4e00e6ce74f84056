/** Atom 1.0 (RFC 4287) decoded into types shaped like the format. Adapting happens in atom-adapt.ts. */
import type { XmlNode } from '../../xml/parse-xml.js';
import { array, attr, child, isNode, text } from '../../xml/xml-values.js';

/** An Atom text construct (RFC 4287 §3.1): `raw` is the element's inner markup as the parser kept it. */
export interface AtomText {
  type: 'text' | 'html' | 'xhtml';
  raw: string;
}

export interface AtomLink {
  rel: string;
  href: string;
  type: string | null;
}

export interface AtomEntry {
  id: string | null;
  title: AtomText | null;
  links: AtomLink[];
  published: string | null;
  updated: string | null;
  content: AtomText | null;
  /** `content src="…"`: out-of-line content. */
  contentSrc: string | null;
  summary: AtomText | null;
  authors: string[];
}

export interface AtomFeed {
  title: AtomText | null;
  links: AtomLink[];
  /** `xml:base` on the feed element, for relative links. */
  base: string | null;
  entries: AtomEntry[];
}

function textConstruct(v: unknown): AtomText | null {
  if (v === undefined || v === null) return null;
  const rawType = (attr(v, 'type') ?? 'text').toLowerCase();
  const type = rawType === 'html' || rawType === 'text/html' ? 'html' : rawType.includes('xhtml') ? 'xhtml' : 'text';
  const raw = typeof v === 'string' ? v : isNode(v) && typeof v['#text'] === 'string' ? v['#text'] : text(v);
  return raw ? { type, raw } : null;
}

function links(v: unknown): AtomLink[] {
  return array(v)
    .map((l) => ({ rel: attr(l, 'rel') ?? 'alternate', href: attr(l, 'href') ?? '', type: attr(l, 'type') }))
    .filter((l) => l.href !== '');
}

function decodeEntry(node: unknown): AtomEntry | null {
  if (!isNode(node)) return null;
  return {
    id: text(node.id),
    title: textConstruct(node.title),
    links: links(child(node, 'link')),
    published: text(node.published) ?? text(node.issued),
    updated: text(node.updated) ?? text(node.modified),
    content: textConstruct(node.content),
    contentSrc: attr(node.content, 'src'),
    summary: textConstruct(node.summary),
    authors: array(child(node, 'author'))
      .map((a) => text(child(a, 'name')) ?? text(a))
      .filter((a): a is string => !!a),
  };
}

/** Decodes an Atom document root; null when the root is not `<feed>`. */
export function decodeAtom(root: XmlNode): AtomFeed | null {
  const feed = child(root, 'feed');
  if (!isNode(feed) && feed !== '') return null;
  const f = isNode(feed) ? feed : {};
  return {
    title: textConstruct(f.title),
    links: links(child(f, 'link')),
    base: attr(f, 'xml:base'),
    entries: array(child(f, 'entry'))
      .map(decodeEntry)
      .filter((e): e is AtomEntry => e !== null),
  };
}
