/**
 * sanitize: an allow-list serializer over the parse5 tree. Hand-written over parse5 rather than using
 * DOMPurify or sanitize-html because the page is already parsed: those libraries would re-serialise and
 * re-parse every kept subtree (a jsdom or htmlparser2 round trip per article), which costs more than the
 * whole extraction. Output is built only from allowed tags and attributes, so nothing outside the policy
 * can reach it; text and attribute values are escaped; URLs are absolute and of a safe scheme.
 */
import { parseHtmlFragment, isElement, isText, type Element, type Node } from '../dom/tree.js';
import { ALLOWED_TAGS, DROPPED_SUBTREES, URL_ATTRS, VOID_TAGS } from './policy.js';
import { escapeAttr, escapeText } from './escape.js';
import { safeUrl } from './url.js';
import { bestImageSrc } from '../images/lazy.js';

export { escapeText, escapeAttr } from './escape.js';
export { safeUrl } from './url.js';

/** Deeper nesting than this is cut: hostile pages nest thousands deep to exhaust the stack. */
const MAX_DEPTH = 200;

export interface SanitizeOptions {
  /** The page URL, to make links absolute. */
  baseUrl: string | null;
  /** Elements to leave out (e.g. boilerplate pruned by the body stage). */
  skip?: (el: Element) => boolean;
}

/** The opening tag of an allowed element with its allowed attributes, or null when the tag is not allowed. */
export function openTag(el: Element, baseUrl: string | null): string | null {
  const allowed = ALLOWED_TAGS.get(el.tagName);
  if (!allowed) return null;
  let out = '<' + el.tagName;
  if (el.tagName === 'img') {
    const src = bestImageSrc(el, baseUrl);
    if (!src) return null;
    out += ` src="${escapeAttr(src)}"`;
  }
  for (const a of el.attrs) {
    if (!allowed.includes(a.name) || (el.tagName === 'img' && a.name === 'src')) continue;
    let v = a.value;
    if (URL_ATTRS.has(a.name)) {
      const u = safeUrl(v, baseUrl, false);
      if (!u) continue;
      v = u;
    }
    out += ` ${a.name}="${escapeAttr(v)}"`;
  }
  if (el.tagName === 'a' && out.includes(' href=')) out += ' rel="nofollow noopener"';
  return out + '>';
}

function write(node: Node, opts: SanitizeOptions, depth: number, out: string[]): void {
  if (isText(node)) {
    out.push(escapeText(node.value));
    return;
  }
  if (!isElement(node)) return;
  if (depth > MAX_DEPTH || DROPPED_SUBTREES.has(node.tagName) || opts.skip?.(node)) return;
  const open = openTag(node, opts.baseUrl);
  if (open) out.push(open);
  if (!VOID_TAGS.has(node.tagName)) {
    for (const c of node.childNodes) write(c, opts, depth + 1, out);
    if (open) out.push(`</${node.tagName}>`);
  }
}

/** Sanitized HTML of an element and its subtree. */
export function sanitizeElement(el: Element, opts: SanitizeOptions): string {
  const out: string[] = [];
  write(el, opts, 0, out);
  return out.join('');
}

/** Sanitized HTML of a fragment of untrusted markup. */
export function sanitizeHtml(html: string, baseUrl: string | null): string {
  const frag = parseHtmlFragment(html);
  const out: string[] = [];
  for (const c of frag.childNodes) write(c, { baseUrl }, 0, out);
  return out.join('');
}
