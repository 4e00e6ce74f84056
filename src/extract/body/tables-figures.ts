/** Tables and figures: the two kinds of block that are kept whole rather than as runs of text. */
import { attr, normalizeSpace, textContent, walkElements, type Element } from '../dom/tree.js';
import { escapeAttr, escapeText } from '../sanitize/sanitize.js';
import { bestImageSrc } from '../images/lazy.js';
import { safeUrl } from '../sanitize/url.js';
import { captionFromFigure } from '../images/credit.js';
import type { Block, FigureInfo } from './block.js';

/** Images that are chrome, by class, id, alt or file name. */
const ICON_HINT = /icon|logo|avatar|sprite|pixel|tracking|badge|emoji|spinner|loader|gravatar|placeholder|1x1/i;
/** Smaller than this (either side, from attributes) is an icon, not a picture. */
const MIN_SIDE = 100;
/** A figure holding this much paragraph text is a misused wrapper, not a figure. */
const MAX_FIGURE_TEXT = 400;

function num(v: string | null): number | null {
  const n = v ? parseInt(v, 10) : NaN;
  return Number.isFinite(n) && n > 0 ? n : null;
}

function firstImage(root: Element, baseUrl: string | null): { url: string; img: Element | null } | null {
  let found: { url: string; img: Element | null } | null = null;
  walkElements(root, (e) => {
    if (found) return false;
    if (e.tagName === 'img' || e.tagName === 'amp-img' || e.tagName === 'source') {
      const url = bestImageSrc(e, baseUrl);
      if (url) found = { url, img: e.tagName === 'source' ? null : e };
    } else if (e.tagName === 'noscript') {
      // parse5 parses <noscript> as text (scripting on); lazy-loading pages put the real <img> there.
      const m = /<img\b[^>]*?\ssrc\s*=\s*["']([^"']+)["']/i.exec(textContent(e) || rawText(e));
      const url = m ? safeUrl(m[1]!, baseUrl, false) : null;
      if (url) found = { url, img: null };
    }
  });
  return found;
}

function rawText(e: Element): string {
  let s = '';
  for (const c of e.childNodes) if (c.nodeName === '#text') s += (c as unknown as { value: string }).value;
  return s;
}

function isIcon(img: Element | null, url: string): boolean {
  if (!img) return ICON_HINT.test(url);
  const w = num(attr(img, 'width'));
  const h = num(attr(img, 'height'));
  if ((w !== null && w < MIN_SIDE) || (h !== null && h < MIN_SIDE)) return true;
  const hints = `${attr(img, 'class') ?? ''} ${attr(img, 'id') ?? ''} ${url.split('?')[0]!.split('/').pop() ?? ''}`;
  return ICON_HINT.test(hints);
}

function figureHtml(f: FigureInfo): string {
  const img = f.url ? `<img src="${escapeAttr(f.url)}" alt="${escapeAttr(f.alt ?? '')}">` : '';
  const cap = [f.caption, f.credit].filter(Boolean).join(' — ');
  return `<figure>${img}${cap ? `<figcaption>${escapeText(cap)}</figcaption>` : ''}</figure>`;
}

/** A figure block for a <figure>, <picture> or content <img>, or null when it is not a picture. */
export function figureOf(el: Element, baseUrl: string | null): Block | null {
  if (el.tagName === 'figure') {
    let pText = 0;
    walkElements(el, (e) => {
      if (e.tagName === 'p' || e.tagName === 'li') pText += textContent(e).length;
    });
    if (pText > MAX_FIGURE_TEXT) return null;
  }
  const own = el.tagName === 'img' || el.tagName === 'amp-img' ? bestImageSrc(el, baseUrl) : null;
  const img = own ? { url: own, img: el } : firstImage(el, baseUrl);
  if (el.tagName !== 'figure' && (!img || isIcon(img.img, img.url))) return null;
  const { caption, credit } = el.tagName === 'figure' ? captionFromFigure(el) : { caption: null, credit: null };
  if (!img && !caption) return null;
  const imgEl = img?.img ?? null;
  const figure: FigureInfo = {
    url: img?.url ?? null,
    caption,
    credit,
    alt: imgEl ? normalizeSpace(attr(imgEl, 'alt') ?? '') || null : null,
    width: imgEl ? num(attr(imgEl, 'width')) : null,
    height: imgEl ? num(attr(imgEl, 'height')) : null,
  };
  const text = caption ?? '';
  return { kind: 'figure', level: 0, text, html: figureHtml(figure), linkChars: 0, rawChars: text.length, owner: el, whole: true, list: null, quote: null, figure }; // prettier-ignore
}

/** Readability's data-table test, simplified: layout tables hold nested tables or paragraphs. */
export function isDataTable(table: Element): boolean {
  if (attr(table, 'role') === 'presentation') return false;
  let nested = false;
  let blocks = 0;
  let rows = 0;
  walkElements(table, (e) => {
    if (e.tagName === 'table') nested = true;
    else if (e.tagName === 'tr') rows++;
    else if (e.tagName === 'p' || e.tagName === 'div' || e.tagName === 'ul' || e.tagName === 'h2') blocks++;
    return !nested;
  });
  return !nested && rows > 0 && blocks <= rows;
}

/** A data table's text: one line per row, cells separated by tabs. */
export function tableText(table: Element): string {
  const lines: string[] = [];
  walkElements(table, (e) => {
    if (e.tagName !== 'tr') return;
    const cells: string[] = [];
    for (const c of e.childNodes)
      if ((c as Element).tagName === 'td' || (c as Element).tagName === 'th') {
        const t = normalizeSpace(textContent(c));
        if (t) cells.push(t);
      }
    if (cells.length) lines.push(cells.join('\t'));
    return false;
  });
  return lines.join('\n');
}
