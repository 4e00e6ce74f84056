/** Small readers over the parsed XML tree, so decoders stay declarative. */
import { localName, type XmlNode } from './parse-xml.js';

export function isNode(v: unknown): v is XmlNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The text of an element: a string, or the `#text` of an element with attributes; nested markup flattened. */
export function text(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (isNode(v)) {
    const parts: string[] = [];
    for (const [k, child] of Object.entries(v)) {
      if (k.startsWith('@_')) continue;
      const t = text(child);
      if (t) parts.push(t);
    }
    return parts.join(' ').trim() || null;
  }
  return null;
}

export function attr(v: unknown, name: string): string | null {
  if (Array.isArray(v)) return attr(v[0], name);
  if (!isNode(v)) return null;
  const a = v[`@_${name}`];
  return typeof a === 'string' && a.trim() ? a.trim() : null;
}

export function array(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** The first child whose local name matches, whatever namespace prefix the publisher used. */
export function child(node: unknown, name: string): unknown {
  if (!isNode(node)) return undefined;
  if (name in node) return node[name];
  for (const [k, v] of Object.entries(node)) if (localName(k) === name && !k.startsWith('@_')) return v;
  return undefined;
}

/** A child by its exact qualified name, trying each prefix a namespace is commonly bound to. */
export function prefixed(node: unknown, names: readonly string[]): unknown {
  if (!isNode(node)) return undefined;
  for (const n of names) if (n in node) return node[n];
  return undefined;
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the XML predefined entities and character references of raw (unparsed) element content. */
export function decodeXmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return XML_ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Raw element content kept by the parser as markup: unwraps CDATA sections, decodes entities elsewhere. */
export function rawContent(s: string): string {
  let out = '';
  let rest = s;
  for (;;) {
    const i = rest.indexOf('<![CDATA[');
    if (i < 0) break;
    const j = rest.indexOf(']]>', i + 9);
    out += decodeXmlEntities(rest.slice(0, i)) + rest.slice(i + 9, j < 0 ? undefined : j);
    if (j < 0) return out;
    rest = rest.slice(j + 3);
  }
  return out + decodeXmlEntities(rest);
}

/** Escapes text for embedding in HTML (text constructs that are plain text). */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
