/** OPML subscription lists → feed URLs (outlines with `xmlUrl`, at any depth of folders). */
import { parseXml } from '../xml/parse-xml.js';
import { array, attr, child, isNode } from '../xml/xml-values.js';
import { resolveUrl } from '../feeds/resolve-url.js';

export interface OpmlFeed {
  url: string;
  title: string | null;
}

export type OpmlOutcome =
  | {
      ok: true;
      feeds: OpmlFeed[];
      /** `xmlUrl` values that are not http(s) URLs (javascript:, file:, garbage), to be reported, not followed. */
      refused: string[];
    }
  | { ok: false; reason: 'malformed-xml' | 'not-opml'; message: string };

/** Folders nest outlines; a cap keeps a hostile file from recursing without end (the parser caps depth too). */
const MAX_DEPTH = 20;

function collect(outlines: unknown, depth: number, out: OpmlFeed[], refused: string[]): void {
  if (depth > MAX_DEPTH) return;
  for (const o of array(outlines)) {
    const raw = attr(o, 'xmlUrl');
    const url = resolveUrl(raw, null);
    if (url) out.push({ url, title: attr(o, 'title') ?? attr(o, 'text') });
    else if (raw?.trim()) refused.push(raw.trim());
    collect(child(o, 'outline'), depth + 1, out, refused);
  }
}

/** Parses an OPML document into its feed subscriptions (deduplicated, in document order). */
export function parseOpml(body: string): OpmlOutcome {
  const xml = parseXml(body.replace(/^\uFEFF/, '').trimStart());
  if (!xml.ok) return { ok: false, reason: xml.reason, message: `opml: ${xml.message}` };
  const opml = child(xml.root, 'opml');
  if (!isNode(opml)) return { ok: false, reason: 'not-opml', message: 'opml: no <opml> root' };
  const out: OpmlFeed[] = [];
  const refused: string[] = [];
  collect(child(child(opml, 'body'), 'outline'), 0, out, refused);
  const seen = new Set<string>();
  return { ok: true, feeds: out.filter((f) => !seen.has(f.url) && seen.add(f.url)), refused };
}
