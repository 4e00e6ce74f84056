/**
 * `<meta>` decoding: every name/property/itemprop/http-equiv key with its content, in document order
 * (Open Graph image groups depend on order). `property` may list several keys separated by spaces (RDFa).
 */
import { attr, elementsByTag, type Document } from '../../dom/tree.js';
import { insideOtherItem } from '../microdata/other-item.js';

export interface MetaTag {
  /** Lower-cased key: "og:title", "article:published_time", "dc.date", "parsely-pub-date". */
  key: string;
  content: string;
}

export interface MetaTags {
  ordered: MetaTag[];
  /** key → contents in document order. */
  byKey: Map<string, string[]>;
}

/** The attributes that name a <meta> tag's key, in order. */
const KEY_ATTRS = ['property', 'name', 'itemprop', 'http-equiv'] as const;
const SPACES = /\s+/;
/** Values longer than this are not metadata (some pages stuff whole articles into a meta tag). */
const MAX_CONTENT = 10_000;

/**
 * Decoded once per parsed page: metadata and dates both read them, and the result is never changed. Kept on the
 * document rather than in a WeakMap, whose values V8's minor collections keep alive (see dom/tree.ts).
 */
const DECODED = Symbol('metaTags');

export function decodeMetaTags(doc: Document & { [DECODED]?: MetaTags }): MetaTags {
  return (doc[DECODED] ??= decode(doc));
}

function decode(doc: Document): MetaTags {
  const ordered: MetaTag[] = [];
  const byKey = new Map<string, string[]>();
  const keys = new Set<string>();
  for (const el of elementsByTag(doc, 'meta')) {
    const raw = attr(el, 'content') ?? attr(el, 'value');
    if (raw === null || raw.length > MAX_CONTENT) continue;
    const content = raw.trim();
    if (!content) continue;
    keys.clear();
    // <meta itemprop="datePublished"> inside an embedded video or a comment dates that item, not the page.
    const prop = attr(el, 'itemprop');
    if (prop && /^date(?:published|created|modified)$/i.test(prop.trim()) && insideOtherItem(el)) continue;
    for (const name of KEY_ATTRS) {
      const k = attr(el, name);
      if (k) for (const key of k.toLowerCase().trim().split(SPACES)) keys.add(key);
    }
    for (const key of keys) {
      ordered.push({ key, content });
      const list = byKey.get(key);
      if (list) list.push(content);
      else byKey.set(key, [content]);
    }
  }
  return { ordered, byKey };
}

/** The first content for the first key present. */
export function metaValue(tags: MetaTags, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = tags.byKey.get(k)?.[0];
    if (v) return v;
  }
  return null;
}

/** All contents for the given keys, in key order. */
export function metaValues(tags: MetaTags, ...keys: string[]): string[] {
  return keys.flatMap((k) => tags.byKey.get(k) ?? []);
}
