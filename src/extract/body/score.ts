/**
 * Content scoring, after Mozilla Readability's `_grabArticle`: every paragraph of 25+ characters gives its
 * ancestors points (1 + commas + one per 100 characters, at most 3), full to the parent, half to the
 * grandparent, a third of the level beyond; each candidate starts from its tag and class weight; the final
 * score is scaled by (1 − link density). Works on the blocks from the segmenter, so the page is not re-walked.
 */
import { attr, isElement, type Element, type ParentNode } from '../dom/tree.js';
import type { Block } from './block.js';
import { NEGATIVE, POSITIVE, TAG_SCORE } from './hints.js';

const MIN_PARAGRAPH_CHARS = 25;
const ANCESTOR_LEVELS = 5;

export interface Candidate {
  el: Element;
  score: number;
  /** Characters of block text in its subtree, and of that inside links. */
  chars: number;
  linkChars: number;
  /** True once a paragraph gave it points (only those are candidates). */
  scored: boolean;
}

export function classWeight(el: Element): number {
  let w = 0;
  const cls = (attr(el, 'class') ?? '').toLowerCase();
  const id = (attr(el, 'id') ?? '').toLowerCase();
  if (cls) {
    if (NEGATIVE.test(cls)) w -= 25;
    if (POSITIVE.test(cls)) w += 25;
  }
  if (id) {
    if (NEGATIVE.test(id)) w -= 25;
    if (POSITIVE.test(id)) w += 25;
  }
  if (attr(el, 'itemprop') === 'articleBody') w += 30; // schema.org's own mark of the article text
  return w;
}

function parentElement(n: ParentNode | null): Element | null {
  return n && isElement(n as Element) ? (n as Element) : null;
}

export type Stats = Map<Element, Candidate>;

function entry(stats: Stats, el: Element): Candidate {
  let c = stats.get(el);
  if (!c) {
    c = { el, score: (TAG_SCORE[el.tagName] ?? 0) + classWeight(el), chars: 0, linkChars: 0, scored: false };
    stats.set(el, c);
  }
  return c;
}

/** Scores every ancestor of the text blocks; returns the per-element stats. */
export function scoreBlocks(blocks: readonly Block[]): Stats {
  const stats: Stats = new Map();
  for (const b of blocks) {
    if (b.kind === 'figure') continue;
    const len = b.text.length;
    // Every ancestor learns its text and link text, for link density and sibling checks.
    for (let el: Element | null = b.owner; el; el = parentElement(el.parentNode)) {
      const c = entry(stats, el);
      c.chars += len;
      c.linkChars += b.rawChars ? (b.linkChars / b.rawChars) * len : 0;
    }
    if (len < MIN_PARAGRAPH_CHARS || b.kind === 'h') continue;
    const commas = (b.text.match(/[,，、]/g) ?? []).length;
    const points = 1 + commas + Math.min(3, Math.floor(len / 100));
    let el: Element | null = b.whole ? parentElement(b.owner.parentNode) : b.owner;
    for (let level = 0; el && level < ANCESTOR_LEVELS; level++, el = parentElement(el.parentNode)) {
      if (el.tagName === 'html') break;
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      const c = entry(stats, el);
      c.score += points / divider;
      c.scored = true;
    }
  }
  return stats;
}

export function finalScore(c: Candidate): number {
  const density = c.chars ? c.linkChars / c.chars : 0;
  return c.score * (1 - density);
}
