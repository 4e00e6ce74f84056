/**
 * One safely configured XML parser for every XML format ingest reads (RSS, RDF, Atom, sitemaps, OPML).
 * Feeds are hostile input: DOCTYPE entities are capped hard (a "billion laughs" stays unexpanded), external
 * entities are refused by the parser, nesting is bounded, and values stay strings (no number coercion).
 * Parsing is lenient on purpose (an unclosed element is closed for us), as feed readers are: publishers ship
 * slightly broken XML every day, and a salvaged entry is worth more than a refused feed.
 */
import { XMLParser } from 'fast-xml-parser';

/** Elements that repeat in the formats we read; always arrays so adapters need no "one or many" checks. */
const ALWAYS_ARRAY: ReadonlySet<string> = new Set([
  'item', // RSS, RDF
  'entry', // Atom
  'link', // Atom links (alternate, self, enclosure…)
  'author', // Atom
  'category',
  'url', // sitemap urlset
  'sitemap', // sitemap index
  'outline', // OPML
]);

/** Elements whose raw inner markup we keep (Atom text constructs may be XHTML, escaped HTML or CDATA). */
const RAW_ELEMENTS = ['*.entry.content', '*.entry.summary'];

/** A parsed XML tree: elements are objects, attributes are `@_name`, text is `#text` when mixed. */
export type XmlNode = Record<string, unknown>;

export type XmlOutcome = { ok: true; root: XmlNode } | { ok: false; reason: 'malformed-xml'; message: string };

/** Bytes of XML past which we refuse to parse (a feed or sitemap this large is not one we should trust). */
export const MAX_XML_CHARS = 50 * 1024 * 1024;

function makeParser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    htmlEntities: true,
    processEntities: {
      enabled: true,
      maxEntityCount: 20,
      maxEntitySize: 1_000,
      maxTotalExpansions: 200,
      maxExpandedLength: 20_000,
    },
    maxNestedTags: 200,
    stopNodes: RAW_ELEMENTS,
    isArray: (name) => ALWAYS_ARRAY.has(localName(name)),
  });
}

/** Parses XML text; a malformed or hostile document is a value, never a throw. */
export function parseXml(text: string): XmlOutcome {
  if (text.length > MAX_XML_CHARS) return { ok: false, reason: 'malformed-xml', message: 'xml: document too large' };
  try {
    const root = makeParser().parse(text) as XmlNode;
    return { ok: true, root };
  } catch (err) {
    return { ok: false, reason: 'malformed-xml', message: `xml: ${(err as Error).message}` };
  }
}

/** The name without its namespace prefix: `atom:link` → `link`. */
export function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}
