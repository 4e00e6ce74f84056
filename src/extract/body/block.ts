/** A block of the page: one paragraph-level run of text (or a table or figure) and where it came from. */
import type { ArticleImage } from '../../vocabulary.js';
import type { Element } from '../dom/tree.js';

export type BlockKind = 'p' | 'h' | 'li' | 'pre' | 'table' | 'figure';

/** A figure as the page gives it: an ArticleImage with every field read (null when the page has none). */
export type FigureInfo = Required<ArticleImage>;

export interface Block {
  kind: BlockKind;
  /** Heading level for 'h'. */
  level: number;
  /** Normalised text (white space collapsed; kept in 'pre'; rows on lines in 'table'). */
  text: string;
  /** Sanitized inner HTML ('p', 'h', 'li', 'pre') or the whole element ('table', 'figure'). */
  html: string;
  /** Characters of text inside links, for link density. */
  linkChars: number;
  /** Raw characters of text, the denominator of link density. */
  rawChars: number;
  /** The element whose children made this run. */
  owner: Element;
  /** True when the run is the owner's whole content (the owner is the paragraph). */
  whole: boolean;
  /** The enclosing list, for grouping 'li' blocks. */
  list: Element | null;
  /** The enclosing blockquote, for grouping. */
  quote: Element | null;
  figure: FigureInfo | null;
}

export function linkDensity(b: Block): number {
  return b.rawChars ? b.linkChars / b.rawChars : 0;
}
