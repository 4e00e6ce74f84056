/**
 * The second allow-list check on stored body HTML before it is rendered. Extraction already sanitizes; this
 * guards against stores written by older or other extractors and against anything that slipped through.
 * Elements outside the list are unwrapped (their text kept) or dropped with their contents when dangerous.
 */
import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { ADDED_ATTRS, ALLOWED_ATTRS, ALLOWED_TAGS, DROPPED_TAGS, URL_ATTRS } from './body-policy.js';
import { safeUrl } from './safe-html.js';
import { sanitizeSanitizedForm } from './sanitized-form.js';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];

function cleanElement(el: Element): void {
  const allowed = ALLOWED_ATTRS[el.tagName] ?? [];
  el.attrs = el.attrs.filter((a) => {
    if (!allowed.includes(a.name)) return false;
    if (URL_ATTRS.has(a.name)) return safeUrl(a.value) !== null;
    return true;
  });
  const added = ADDED_ATTRS[el.tagName];
  if (added) el.attrs.push({ ...added });
}

function imageSources(el: Element): string[] {
  const out: string[] = [];
  const stack: ChildNode[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (!('tagName' in node)) continue;
    if (node.tagName === 'img') out.push(node.attrs.find((a) => a.name === 'src')?.value ?? '');
    stack.push(...node.childNodes);
  }
  return out;
}

function cleanChildren(parent: ParentNode, omitImage: string | null): void {
  const out: ChildNode[] = [];
  for (const child of parent.childNodes) {
    if (child.nodeName === '#text') {
      out.push(child);
      continue;
    }
    if (!('tagName' in child)) continue; // comments, doctypes
    const el = child as Element;
    if (DROPPED_TAGS.has(el.tagName) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') continue;
    // The lead image is shown above the body with its caption; a second copy inside the body is dropped.
    if (omitImage && (el.tagName === 'figure' || el.tagName === 'img') && imageSources(el).includes(omitImage))
      continue;
    cleanChildren(el, omitImage);
    if (ALLOWED_TAGS.has(el.tagName)) {
      cleanElement(el);
      out.push(el);
    } else {
      for (const grandChild of el.childNodes) {
        grandChild.parentNode = parent;
        out.push(grandChild);
      }
    }
  }
  parent.childNodes = out;
}

/**
 * Keeps only allow-listed tags, attributes and URL schemes. `omitImage`: the lead image's URL, whose figure is
 * left out of the body. A body already in sanitized form (what extraction stores) is checked and rewritten in
 * one pass; any other is re-parsed with parse5 and rebuilt.
 */
export function sanitizeBodyHtml(input: string, omitImage: string | null = null): string {
  return sanitizeSanitizedForm(input, omitImage) ?? sanitizeParsed(input, omitImage);
}

/** The full sanitizer: parse5's tree of the fragment, cleaned, serialised. Exported for tests of the fast path. */
export function sanitizeParsed(input: string, omitImage: string | null = null): string {
  const fragment = parseFragment(input);
  cleanChildren(fragment, omitImage);
  return serialize(fragment);
}
