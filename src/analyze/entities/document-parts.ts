/**
 * A part of a document named by its number is no place, person or company: "in my condensed book at Tab 3", "see
 * Exhibit 4", "Appendix 2", "Figure 1". After "at" or "in" the tagger read such a name as a place; GUM types these
 * references as other names, and Universal NER leaves them out. A name that is a word of `DOCUMENT_PARTS`
 * followed by a number (inside the name or right after it) is of kind other.
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';

/** Words that name a part of a document, a filing or a book when a number follows. */
// prettier-ignore
const DOCUMENT_PARTS: ReadonlySet<string> = new Set([
  'tab', 'exhibit', 'appendix', 'annex', 'annexe', 'figure', 'fig', 'table', 'chapter', 'section', 'paragraph',
  'page', 'article', 'clause', 'schedule', 'volume', 'vol', 'item', 'footnote', 'tables', 'figures', 'exhibits',
]);
const NUMBER = /^(?:\d+(?:\.\d+)*[a-z]?|[IVX]+)$/u;

/** `candidates` with each numbered part of a document made kind other. */
export function documentParts(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  return candidates.map((c) => {
    if (c.kind === 'other' || c.last - c.first > 2) return c;
    if (!DOCUMENT_PARTS.has(tokens[c.first]!.text.toLowerCase().replace(/\.$/, ''))) return c;
    const number = c.last - c.first === 2 ? tokens[c.first + 1] : tokens[c.last];
    return number && NUMBER.test(number.text) ? { ...c, kind: 'other' as const, strong: true } : c;
  });
}
