/**
 * JSON-LD decoding: every `<script type="application/ld+json">` block, parsed leniently, flattened into the
 * nodes it describes (top-level arrays, `@graph`, `mainEntity`), each kept in the format's own shape.
 */
import { attr, elementsByTag, textContent, type Document } from '../../dom/tree.js';
import { parseLenientJson } from './lenient-json.js';

/** One JSON-LD node as published: its types (schema.org local names), its @id and its raw properties. */
export interface JsonLdNode {
  types: string[];
  id: string | null;
  props: Record<string, unknown>;
}

/** All nodes on the page, in document order, and an @id index to resolve references ("author": {"@id": …}). */
export interface JsonLdGraph {
  nodes: JsonLdNode[];
  byId: Map<string, JsonLdNode>;
}

/** Blocks larger than this are skipped: a hostile page could otherwise make us parse megabytes of JSON. */
const MAX_BLOCK_CHARS = 2_000_000;
/** Nesting we follow through @graph / mainEntity. */
const MAX_DEPTH = 6;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** "http://schema.org/NewsArticle" → "NewsArticle". */
export function localType(t: string): string {
  return t.replace(/^.*[/#:]/, '').trim();
}

export function typesOf(v: Record<string, unknown>): string[] {
  const t = v['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map(localType);
}

function collect(value: unknown, out: JsonLdNode[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  const id = typeof value['@id'] === 'string' ? value['@id'] : null;
  const types = typesOf(value);
  if (types.length || id) out.push({ types, id, props: value });
  if (value['@graph'] !== undefined) collect(value['@graph'], out, depth + 1);
  // WebPage → mainEntity is the article on many CMSs; ItemList/others never are, so only follow these.
  for (const key of ['mainEntity', 'mainEntityOfPage', 'hasPart'] as const) {
    const v = value[key];
    if (isObject(v) || Array.isArray(v)) collect(v, out, depth + 1);
  }
}

/** Decodes every JSON-LD block of the page; malformed blocks that cannot be repaired are skipped. */
export function decodeJsonLd(doc: Document): JsonLdGraph {
  const nodes: JsonLdNode[] = [];
  for (const script of elementsByTag(doc, 'script')) {
    const type = (attr(script, 'type') ?? '').toLowerCase().trim();
    if (!type.startsWith('application/ld+json')) continue;
    const text = script.childNodes.map((c) => textContent(c)).join('');
    if (!text.trim() || text.length > MAX_BLOCK_CHARS) continue;
    const parsed = parseLenientJson(text);
    if (parsed.ok) collect(parsed.value, nodes, 0);
  }
  const byId = new Map<string, JsonLdNode>();
  for (const n of nodes) if (n.id && !byId.has(n.id)) byId.set(n.id, n);
  return { nodes, byId };
}
