/**
 * The article's lead set beside its container: a standfirst (perex, bajada, chapeau, dek) in its own wrapper
 * between the headline and the text column, a sibling of the container that scoring chose. Its one paragraph
 * gives the container's parent few points, so the sibling check never takes it (measured on Readability's test
 * pages: Czech and Argentine news pages lost their lead). Readability keeps it by turning a text-only <div>
 * into a paragraph; Scrapinghub's ground truth keeps such leads too. A <header>'s intro is never a block (the
 * segmenter drops <header>), and Scrapinghub's truth leaves those out; so it does when a template prints the
 * header's standfirst again as an abstract beside the text (one shown per layout).
 */
import {
  attr,
  elementsByTag,
  isInside,
  normalizeSpace,
  parentElementOf,
  textContent,
  type Element,
} from '../dom/tree.js';
import { NEGATIVE } from './hints.js';
import { linkDensity, type Block } from './block.js';

/** A lead is a paragraph of at least this many characters (a caption or byline line is shorter). */
const LEAD_CHARS = 80;
/** Links in a lead at most (a teaser or a breadcrumb is mostly links). */
const LEAD_LINK_DENSITY = 0.25;
/** How many blocks before the text the lead may stand (byline, date, hero caption between). */
const LEAD_WINDOW = 8;
/**
 * A lead is the wrapper beside the container or a paragraph in it (headline and standfirst boxed together);
 * text deeper in a sibling is another component (a fact check's quoted claim, a title card's excerpt).
 */
const LEAD_DEPTH = 2;
/** Boxes beside the text that are no lead: the site's notes to the reader (an affiliate disclaimer). */
const NOT_LEAD = /disclaimer|disclosure|notice|alert/;

/** True when the block stands at most LEAD_DEPTH levels below `scope` in no box named as chrome or a note. */
function leadPlace(b: Block, scope: Element): boolean {
  let depth = 0;
  for (let e: Element | null = b.owner; e && e !== scope; e = parentElementOf(e), depth++) {
    const names = `${attr(e, 'class') ?? ''} ${attr(e, 'id') ?? ''}`.toLowerCase();
    if (depth >= LEAD_DEPTH || NEGATIVE.test(names) || NOT_LEAD.test(names)) return false;
  }
  return true;
}

/** The root holding a block (one of the chosen roots), or null. */
function rootOf(b: Block, roots: ReadonlySet<Element>): Element | null {
  for (let e: Element | null = b.owner; e; e = parentElementOf(e)) if (roots.has(e)) return e;
  return null;
}

/**
 * Lead paragraphs in the siblings before the article's first root: blocks of `all` before `first` (the index of
 * the first block in `roots`) inside the same parent, prose of `LEAD_CHARS` or more with few links, not printed
 * in a <header> of `body` too.
 */
export function leadBlocks(all: readonly Block[], first: number, roots: ReadonlySet<Element>, body: Element): Block[] {
  const root = first >= 0 ? rootOf(all[first]!, roots) : null;
  const scope = root ? parentElementOf(root) : null;
  if (!scope || scope.tagName === 'body') return [];
  const out: Block[] = [];
  let headers: string[] | null = null;
  const inHeader = (text: string): boolean => {
    headers ??= elementsByTag(body, 'header').map((h) => normalizeSpace(textContent(h)));
    return headers.some((h) => h.includes(text));
  };
  for (let i = first - 1; i >= 0 && i >= first - LEAD_WINDOW; i--) {
    const b = all[i]!;
    if (!isInside(b.owner, scope)) break;
    if (b.kind !== 'p' || b.text.length < LEAD_CHARS || linkDensity(b) >= LEAD_LINK_DENSITY) continue;
    if (leadPlace(b, scope) && !inHeader(b.text)) out.unshift(b);
  }
  return out;
}
