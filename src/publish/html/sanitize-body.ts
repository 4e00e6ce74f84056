/**
 * The second allow-list check on stored body HTML before it is rendered. Extraction already sanitizes; this
 * guards against stores written by older or other extractors and against anything that slipped through.
 * Elements outside the list are unwrapped (their text kept) or dropped with their contents when dangerous.
 */
import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { safeUrl } from './safe-html.js';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];

/** Tags kept as they are: the text structure of an article. */
const ALLOWED_TAGS: ReadonlySet<string> = new Set([
  'p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'q', 'cite', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'strong', 'b', 'em', 'i', 'u', 's', 'small', 'sub', 'sup', 'mark', 'abbr', 'time', 'code', 'pre', 'a', 'img',
  'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'span', 'div',
]); // prettier-ignore

/** Tags removed with everything inside them: executable, embedding or form content. */
const DROPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'template',
  'noscript', 'form', 'input', 'button', 'select', 'textarea', 'link', 'meta', 'base', 'audio', 'video',
]); // prettier-ignore

/** Attributes kept per tag (all others, including every on* handler and style, are removed). */
const ALLOWED_ATTRS: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'width', 'height', 'title'],
  abbr: ['title'],
  time: ['datetime'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  blockquote: ['cite'],
  q: ['cite'],
};

/** Attributes holding URLs: only http(s), mailto and site-relative URLs survive. */
const URL_ATTRS: ReadonlySet<string> = new Set(['href', 'src', 'cite']);

function cleanElement(el: Element): void {
  const allowed = ALLOWED_ATTRS[el.tagName] ?? [];
  el.attrs = el.attrs.filter((a) => {
    if (!allowed.includes(a.name)) return false;
    if (URL_ATTRS.has(a.name)) return safeUrl(a.value) !== null;
    return true;
  });
  if (el.tagName === 'a') {
    el.attrs.push({ name: 'rel', value: 'nofollow noopener noreferrer ugc' });
  }
  if (el.tagName === 'img') el.attrs.push({ name: 'loading', value: 'lazy' });
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
 * Re-parses body HTML and keeps only allow-listed tags, attributes and URL schemes. `omitImage`: the lead
 * image's URL, whose figure is left out of the body.
 */
export function sanitizeBodyHtml(input: string, omitImage: string | null = null): string {
  const fragment = parseFragment(input);
  cleanChildren(fragment, omitImage);
  return serialize(fragment);
}
