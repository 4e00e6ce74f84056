/**
 * Chooses the article container from the scored candidates (Readability's refinements: a common ancestor of
 * several near-best candidates, climbing to a parent that scores close, skipping only-child wrappers) and the
 * siblings that belong with it.
 */
import { attr, isElement, type Element } from '../dom/tree.js';
import { finalScore, type Candidate, type Stats } from './score.js';

const ALTERNATIVE_SHARE = 0.75;
const MIN_ALTERNATIVES = 3;
const SIBLING_SHARE = 0.2;
/**
 * Part of the article in a cousin container: CMS templates that break the text around a full-width figure or
 * pull quote open a new wrapper with the same class at another depth (measured on Readability's test pages:
 * the lead before the first figure was lost). A same-class candidate scoring at least this share of the best
 * is another part of the article.
 */
const PART_SHARE = 0.2;

function parentEl(el: Element): Element | null {
  const p = el.parentNode;
  return p && isElement(p as Element) ? (p as Element) : null;
}

function contains(a: Element, b: Element): boolean {
  for (let e: Element | null = b; e; e = parentEl(e)) if (e === a) return true;
  return false;
}

function scoreOf(stats: Stats, el: Element): number | null {
  const c = stats.get(el);
  return c && c.scored ? finalScore(c) : null;
}

/**
 * A parent scoring nearly as well as the candidate while holding several times its text is the article and
 * the candidate a box inside it that a class name ("storytop", "article-media") lifted (measured on
 * Readability's test pages: the lead paragraphs beside a video box were lost).
 */
const NEAR_SHARE = 0.9;
const WRAP_TEXT = 3;

function wraps(stats: Stats, parent: Element, child: Element): boolean {
  const p = stats.get(parent);
  const c = stats.get(child);
  return !!p && !!c && p.chars >= WRAP_TEXT * c.chars;
}

/** The container element (top candidate) and the list of roots whose blocks make the article. */
export function selectContainer(stats: Stats, body: Element): Element[] {
  const ranked: Candidate[] = [];
  for (const c of stats.values()) if (c.scored && c.el.tagName !== 'body' && c.el.tagName !== 'html') ranked.push(c);
  ranked.sort((a, b) => finalScore(b) - finalScore(a));
  const best = ranked[0];
  if (!best || finalScore(best) <= 0) return [body];
  // Paragraphs set straight in <body> (hand-written pages) make the body itself the best container, as in
  // Readability, which then takes the whole body (measured on its test pages: all but one blockquote was lost).
  const bodyScore = scoreOf(stats, body);
  if (bodyScore !== null && bodyScore > finalScore(best)) return [body];
  let top = best.el;
  const topScore = finalScore(best);

  const alternatives = ranked
    .slice(1, 5)
    .filter((c) => finalScore(c) / topScore >= ALTERNATIVE_SHARE)
    .map((c) => c.el);
  if (alternatives.length >= MIN_ALTERNATIVES) {
    for (let p = parentEl(top); p && p.tagName !== 'body'; p = parentEl(p)) {
      if (alternatives.filter((a) => contains(p!, a)).length >= MIN_ALTERNATIVES) {
        top = p;
        break;
      }
    }
  }

  // Climb while the parent scores close to the candidate: the article is often split over nested wrappers.
  let last = scoreOf(stats, top) ?? topScore;
  const threshold = last / 3;
  for (let p = parentEl(top); p && p.tagName !== 'body'; p = parentEl(p)) {
    const s = scoreOf(stats, p);
    if (s === null) continue;
    if (s < threshold) break;
    if (s > last || (s >= last * NEAR_SHARE && wraps(stats, p, top))) {
      top = p;
      break;
    }
    last = s;
  }
  for (let p = parentEl(top); p && p.tagName !== 'body' && p.childNodes.filter(isElement).length === 1; p = parentEl(p))
    top = p;

  const parent = parentEl(top);
  if (!parent) return [top];
  const own = scoreOf(stats, top) ?? topScore;
  const siblingThreshold = Math.max(10, own * SIBLING_SHARE);
  const topClass = attr(top, 'class') ?? '';
  const roots: Element[] = [];
  for (const sib of parent.childNodes) {
    if (!isElement(sib)) continue;
    if (sib === top) {
      roots.push(sib);
      continue;
    }
    const c = stats.get(sib);
    if (!c) continue;
    const bonus = topClass && attr(sib, 'class') === topClass ? own * SIBLING_SHARE : 0;
    const s = finalScore(c) + bonus;
    const density = c.chars ? c.linkChars / c.chars : 0;
    if (c.scored && s >= siblingThreshold) roots.push(sib);
    else if (sib.tagName === 'p' && c.chars > 80 && density < 0.25) roots.push(sib);
  }
  return [...roots, ...partsElsewhere(ranked, best, roots)];
}

/**
 * A class list with each token's trailing part number taken out: templates number the parts of one text
 * ("story-body-1", "story-body-2"; measured on Readability's test pages, the part before the first figure was
 * lost). Only a number after a separator, so hashed names ("css-1fanzo5") stay distinct.
 */
function partClass(el: Element): string {
  return (attr(el, 'class') ?? '').replace(/[-_]\d+(?=\s|$)/g, '').trim();
}

/** Candidates with the best candidate's class list (numbers aside) outside the chosen roots (see PART_SHARE). */
function partsElsewhere(ranked: readonly Candidate[], best: Candidate, roots: readonly Element[]): Element[] {
  const cls = partClass(best.el);
  if (!cls) return [];
  const min = Math.max(10, finalScore(best) * PART_SHARE);
  const out: Element[] = [];
  for (const c of ranked) {
    if (finalScore(c) < min) break;
    if (c === best || partClass(c.el) !== cls) continue;
    const taken = [...roots, ...out];
    if (taken.some((r) => contains(r, c.el) || contains(c.el, r))) continue;
    out.push(c.el);
  }
  return out;
}
