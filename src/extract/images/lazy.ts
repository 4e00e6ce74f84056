/**
 * The real source of an image: lazy-loading attributes first (the `src` of a lazy image is a placeholder),
 * then the widest `srcset` candidate, then `src`. Placeholders (data: GIFs, 1×1 spacers) are never returned.
 */
import { attr, type Element } from '../dom/tree.js';
import { safeUrl } from '../sanitize/url.js';

/** Attributes lazy-loading libraries keep the real URL in, most specific first. */
const LAZY_SRC_ATTRS: readonly string[] = [
  'data-src', // lazysizes, lozad, most themes
  'data-lazy-src', // WordPress lazy-load plugins
  'data-original', // jQuery lazyload
  'data-lazy', // slick
  'data-url',
  'data-hi-res-src',
  'data-full-src',
];
const LAZY_SRCSET_ATTRS: readonly string[] = ['data-srcset', 'data-lazy-srcset', 'srcset'];
/** A src that is a placeholder, not the image. */
const PLACEHOLDER = /^data:|(?:^|\/)(?:blank|spacer|pixel|placeholder|transparent|grey|lazy)[\w-]*\.(?:gif|png|svg)/i;

/** The widest (or highest-density) candidate of a srcset. */
export function bestSrcsetCandidate(srcset: string): string | null {
  let best: string | null = null;
  let bestW = -1;
  // Candidates are "url [descriptor]" separated by commas; URLs may themselves contain commas only when
  // followed by non-space, so split on comma + whitespace.
  for (const part of srcset.split(/,\s+|,(?=\s*$)/)) {
    const [url, desc] = part.trim().split(/\s+/, 2);
    if (!url) continue;
    const m = desc ? /^(\d+(?:\.\d+)?)([wx])$/i.exec(desc) : null;
    const w = m ? Number(m[1]) * (m[2]!.toLowerCase() === 'x' ? 1000 : 1) : 1;
    if (w > bestW) {
      bestW = w;
      best = url;
    }
  }
  return best;
}

/** The absolute URL of the image an <img> (or <source>) shows, or null. */
export function bestImageSrc(el: Element, baseUrl: string | null): string | null {
  const candidates: string[] = [];
  for (const a of LAZY_SRC_ATTRS) {
    const v = attr(el, a);
    if (v) candidates.push(v);
  }
  for (const a of LAZY_SRCSET_ATTRS) {
    const v = attr(el, a);
    const best = v ? bestSrcsetCandidate(v) : null;
    if (best) candidates.push(best);
  }
  const src = attr(el, 'src');
  if (src) candidates.push(src);
  for (const c of candidates) {
    if (PLACEHOLDER.test(c.trim())) continue;
    const u = safeUrl(c, baseUrl, false);
    if (u) return u;
  }
  return null;
}
