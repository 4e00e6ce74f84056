/**
 * Segmentation: one walk over the page (pruned subtrees skipped) that cuts it into blocks — paragraphs,
 * headings, list items, preformatted text, data tables and figures — building each block's sanitized HTML as
 * it goes, so the kept blocks never need a second serialisation pass.
 */
import { attr, isElement, isText, normalizeSpace, type Element } from '../dom/tree.js';
import { escapeText, openTag, sanitizeElement } from '../sanitize/sanitize.js';
import type { Block, BlockKind } from './block.js';
import { BLOCK_TAGS } from './hints.js';
import { isDropped, type PruneContext } from './prune.js';
import { figureOf, isDataTable, tableText } from './tables-figures.js';

/** Any non-space character (tested rather than trimming each text node, which allocates). */
const HAS_TEXT = /\S/;
/**
 * Link text that is a web address ("https://t.co/…", "www.example.org", "pic.twitter.com/…"): a source or a
 * ticket office printed in the text; navigation and related links are worded. Not counted as link text
 * (measured on Scrapinghub dev: paragraphs naming a site by its address were dropped as links).
 */
const URL_TEXT = /^(?:https?:\/\/|www\.)\S+$|^[\w-]+(?:\.[\w-]+)+\/\S*$/i;
/** Deeper nesting is ignored: hostile pages nest thousands deep to exhaust the stack. */
const MAX_DEPTH = 1500;

interface Ctx {
  kind: BlockKind;
  level: number;
  list: Element | null;
  quote: Element | null;
  inLink: boolean;
}

interface Run {
  owner: Element;
  ctx: Ctx;
  text: string[];
  html: string[];
  open: Element[];
  linkChars: number;
  rawChars: number;
  /** A <br> was the last thing seen (two in a row end the paragraph). */
  afterBr: boolean;
}

/** Where a link began in the current run, to take its text back out of the link count. */
interface LinkStart {
  run: Run | null;
  text: number;
  chars: number;
}

export class Segmenter {
  readonly blocks: Block[] = [];
  private run: Run | null = null;

  constructor(
    private readonly prune: PruneContext,
    private readonly baseUrl: string | null,
  ) {}

  segment(root: Element): Block[] {
    this.walkBlock(root, { kind: 'p', level: 0, list: null, quote: null, inLink: false }, 0);
    this.flush();
    return this.blocks;
  }

  private startRun(owner: Element, ctx: Ctx): Run {
    if (!this.run) this.run = { owner, ctx, text: [], html: [], open: [], linkChars: 0, rawChars: 0, afterBr: false };
    return this.run;
  }

  private flush(): void {
    const r = this.run;
    this.run = null;
    if (!r) return;
    const joined = r.text.join('');
    const text = r.ctx.kind === 'pre' ? joined.replace(/^\n+|\s+$/g, '') : normalizeSpace(joined);
    if (!text) return;
    for (let i = r.open.length - 1; i >= 0; i--) r.html.push(`</${r.open[i]!.tagName}>`);
    this.blocks.push({
      kind: r.ctx.kind,
      level: r.ctx.level,
      text,
      html: r.html.join('').trim(),
      linkChars: r.linkChars,
      rawChars: r.rawChars,
      owner: r.owner,
      whole: false,
      list: r.ctx.list,
      quote: r.ctx.quote,
      figure: null,
    });
  }

  private addText(owner: Element, ctx: Ctx, value: string): void {
    const blank = !HAS_TEXT.test(value);
    if (!this.run && blank) return;
    const r = this.startRun(owner, ctx);
    r.text.push(value);
    r.html.push(escapeText(value));
    const n = value.length;
    r.rawChars += n;
    if (ctx.inLink) r.linkChars += n;
    if (!blank) r.afterBr = false;
  }

  private childCtx(el: Element, ctx: Ctx): Ctx {
    const t = el.tagName;
    if (
      t === 'p' ||
      t === 'div' ||
      t === 'section' ||
      t === 'article' ||
      t === 'td' ||
      t === 'th' ||
      t === 'dd' ||
      t === 'dt'
    )
      return ctx.kind === 'li' || ctx.kind === 'pre' ? ctx : { ...ctx, kind: 'p', level: 0 };
    if (t.length === 2 && t[0] === 'h' && t[1]! >= '1' && t[1]! <= '6')
      return { ...ctx, kind: 'h', level: Number(t[1]) };
    if (t === 'ul' || t === 'ol') return { ...ctx, list: el };
    if (t === 'li') return { ...ctx, kind: 'li' };
    if (t === 'pre') return { ...ctx, kind: 'pre' };
    if (t === 'blockquote') return { ...ctx, kind: 'p', quote: el };
    return ctx;
  }

  /** Walks a block-level element: its inline children form runs owned by it. */
  private walkBlock(el: Element, ctx: Ctx, depth: number): void {
    const before = this.blocks.length;
    let sawBlock = false;
    for (const child of el.childNodes) {
      if (isText(child)) this.addText(el, ctx, child.value);
      else if (isElement(child)) sawBlock = this.walkChild(child, el, ctx, depth + 1) || sawBlock;
    }
    this.flush();
    if (!sawBlock && this.blocks.length === before + 1) this.blocks[before]!.whole = true;
  }

  /** Returns true when the child was block-level (it ended the current run). */
  private walkChild(child: Element, owner: Element, ctx: Ctx, depth: number): boolean {
    if (depth > MAX_DEPTH || isDropped(child, this.prune)) return false;
    const t = child.tagName;
    if (t === 'br') {
      const r = this.run;
      if (r?.afterBr) this.flush();
      else if (r) {
        r.text.push('\n');
        r.html.push('<br>');
        r.afterBr = true;
      }
      return false;
    }
    if (t === 'figure' || t === 'img' || t === 'picture' || t === 'amp-img') {
      const fig = figureOf(child, this.baseUrl);
      if (fig) {
        this.flush();
        this.blocks.push(fig);
        return true;
      }
      if (t !== 'figure') return false;
    }
    if (t === 'table' && isDataTable(child)) {
      this.flush();
      const html = sanitizeElement(child, { baseUrl: this.baseUrl, skip: (e) => isDropped(e, this.prune) });
      const text = tableText(child);
      if (text) this.blocks.push({ kind: 'table', level: 0, text, html, linkChars: 0, rawChars: text.length, owner: child, whole: true, list: null, quote: null, figure: null }); // prettier-ignore
      return true;
    }
    if (BLOCK_TAGS.has(t)) {
      this.flush();
      this.walkBlock(child, this.childCtx(child, ctx), depth);
      return true;
    }
    // Inline element: its content joins the current run, inside its tag when the tag is allowed.
    const inner = t === 'a' ? { ...ctx, inLink: true } : ctx;
    const open = t === 'a' && attr(child, 'href') === null ? null : openTag(child, this.baseUrl);
    if (open && this.run) {
      this.run.html.push(open);
      this.run.open.push(child);
    }
    const linkStart: LinkStart | null =
      t === 'a' ? { run: this.run, text: this.run?.text.length ?? 0, chars: this.run?.linkChars ?? 0 } : null;
    let sawBlock = false;
    for (const c of child.childNodes) {
      if (isText(c)) {
        const wasNew = !this.run;
        this.addText(owner, inner, c.value);
        if (wasNew && open && this.run) {
          // The run began inside this element: open the tag before the text just added.
          const r = this.run as Run;
          r.html.splice(r.html.length - 1, 0, open);
          r.open.push(child);
        }
      } else if (isElement(c)) sawBlock = this.walkChild(c, owner, inner, depth + 1) || sawBlock;
    }
    const r = this.run;
    if (r && r.open[r.open.length - 1] === child) {
      r.open.pop();
      r.html.push(`</${t}>`);
    }
    if (linkStart && r && !sawBlock) this.unlinkAddress(r, linkStart);
    return sawBlock;
  }

  /** A link whose text is its address is the address printed in the text, not navigation (see URL_TEXT). */
  private unlinkAddress(r: Run, start: LinkStart): void {
    const same = r === start.run;
    const text = r.text.slice(same ? start.text : 0).join('');
    if (URL_TEXT.test(text.trim())) r.linkChars = same ? start.chars : 0;
  }
}
