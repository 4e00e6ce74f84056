/**
 * body: the article text of a parsed page. Cascade:
 * 1. segment the page into blocks, pruning chrome by tag, role, visibility and class (strict);
 * 2. score the blocks' ancestors and choose the container and its siblings;
 * 3. filter boilerplate blocks inside it;
 * 4. if that leaves almost nothing, run again without class-name pruning (some sites name everything "widget");
 * 5. if the page still has little text but JSON-LD carries `articleBody` (script-rendered pages), use that.
 */
import { findHeadlines, type Headlines } from '../dom/headlines.js';
import { normalizeSpace, type Document, type Element } from '../dom/tree.js';
import { escapeText } from '../sanitize/sanitize.js';
import type { PageMetadata } from '../metadata/metadata.js';
import type { Block } from './block.js';
import { filterBlocks } from './filter.js';
import { leadBlocks } from './lead.js';
import { newPruneContext, type PruneContext } from './prune.js';
import { paragraphsOf, renderHtml } from './render.js';
import { scoreBlocks } from './score.js';
import { selectContainer } from './select.js';
import { Segmenter } from './segment.js';

/**
 * Less text than this from the DOM (in characters, not words: Chinese and Japanese have no spaces) and the
 * relaxed pass is tried, then the JSON-LD body (when longer).
 */
const MIN_DOM_CHARS = 500;

export interface BodyResult {
  html: string;
  text: string;
  paragraphs: string[];
  /** Kept blocks, figures included (the images stage reads them). */
  blocks: Block[];
  /** A figure just above the article container (a hero image set outside the text column). */
  hero: Block | null;
  source: 'dom' | 'json-ld' | 'none';
  liveBlog: boolean;
  paywallMarker: boolean;
}

function textChars(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) if (b.kind !== 'figure') n += b.text.length;
  return n;
}

function bodyElement(doc: Document): Element | null {
  const html = doc.childNodes.find((n) => (n as Element).tagName === 'html') as Element | undefined;
  return (html?.childNodes.find((n) => (n as Element).tagName === 'body') as Element | undefined) ?? null;
}

function inRoots(b: Block, roots: ReadonlySet<Element>): boolean {
  for (let e: Element | null = b.owner; e; e = e.parentNode as Element | null) {
    if (roots.has(e)) return true;
    if (!('tagName' in e)) return false;
  }
  return false;
}

/** How many blocks before the article's first a hero figure may stand (headline, standfirst, byline…). */
const HERO_WINDOW = 8;

interface RunResult {
  blocks: Block[];
  /** A figure just above the article container: the hero image of layouts that set it outside the text. */
  hero: Block | null;
}

function run(body: Element, prune: PruneContext, baseUrl: string | null, titles: string[]): RunResult {
  const all = new Segmenter(prune, baseUrl).segment(body);
  const stats = scoreBlocks(all);
  const roots = new Set(selectContainer(stats, body));
  const first = all.findIndex((b) => inRoots(b, roots));
  let hero: Block | null = null;
  for (let i = first - 1; i >= 0 && i >= first - HERO_WINDOW; i--)
    if (all[i]!.kind === 'figure' && all[i]!.figure?.url) {
      hero = all[i]!;
      break;
    }
  const kept =
    first < 0 ? [] : [...leadBlocks(all, first, roots, body), ...all.slice(first).filter((b) => inRoots(b, roots))];
  return { blocks: filterBlocks(kept, titles), hero };
}

function fromJsonLd(articleBody: string): Block[] {
  const owner = { tagName: 'div', attrs: [], childNodes: [], parentNode: null } as unknown as Element;
  return articleBody
    .split(/\n+/)
    .map(normalizeSpace)
    .filter(Boolean)
    .map((text) => ({ kind: 'p', level: 0, text, html: escapeText(text), linkChars: 0, rawChars: text.length, owner, whole: true, list: null, quote: null, figure: null }) as Block); // prettier-ignore
}

/** Finds the article body of a parsed page. */
export function extractBody(
  doc: Document,
  meta: PageMetadata,
  baseUrl: string | null,
  headlines?: Headlines,
): BodyResult {
  const body = bodyElement(doc);
  const found = headlines ?? findHeadlines(doc);
  // The first <h1> is the headline; later ones title the sections of pages that give each section an <h1>.
  const titles = [...(meta.title ? [meta.title] : []), ...found.h1s.slice(0, 1), ...(found.title ? [found.title] : [])];
  let blocks: Block[] = [];
  let hero: Block | null = null;
  let prune: PruneContext | null = null;
  if (body) {
    prune = newPruneContext(body);
    let result = run(body, prune, baseUrl, titles);
    if (textChars(result.blocks) < MIN_DOM_CHARS) {
      const relaxed: PruneContext = { ...newPruneContext(body), relaxed: true };
      const again = run(body, relaxed, baseUrl, titles);
      if (textChars(again.blocks) > 2 * textChars(result.blocks)) result = again;
    }
    blocks = result.blocks;
    hero = result.hero;
  }
  let source: BodyResult['source'] = blocks.length ? 'dom' : 'none';
  const domChars = textChars(blocks);
  if (meta.articleBody && domChars < MIN_DOM_CHARS && meta.articleBody.length > domChars) {
    blocks = [...blocks.filter((b) => b.kind === 'figure'), ...fromJsonLd(meta.articleBody)];
    source = 'json-ld';
  }
  const paragraphs = paragraphsOf(blocks);
  return {
    html: renderHtml(blocks),
    text: paragraphs.join('\n\n'),
    paragraphs,
    blocks,
    hero,
    source,
    liveBlog: prune?.liveBlog ?? false,
    paywallMarker: prune?.paywall ?? false,
  };
}
