/**
 * The footer a blogging platform prints under each post: "Posted by <author> to <blog> at <date/time>". The blog's
 * name after "to" is a publication, no person or place; an author printed just as the blog ("Posted by Quiet Corner
 * to Quiet Corner at 3/9/2005") is the blog signing, a pen name. The tagger read both as people. Either becomes a
 * name of kind other.
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { phraseOf, wordsAt } from './rules.js';

/** The date or time a footer prints after "at": "3/9/2005 11:16:00 PM", "11:16 PM". */
const STAMP = /^\s*(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}:\d{2})/;

/** `candidates` with the blog of a "Posted by … to … at" footer, and an author named as the blog, made other. */
export function blogFooters(
  text: string,
  tokens: readonly Token[],
  candidates: readonly NameCandidate[],
): NameCandidate[] {
  const out = [...candidates];
  for (let i = 0; i < out.length; i++) {
    const blog = out[i]!;
    if (blog.kind === 'other' || tokens[blog.first - 1]?.text.toLowerCase() !== 'to') continue;
    const at = tokens[blog.last];
    if (at?.text.toLowerCase() !== 'at' || !STAMP.test(text.slice(at.end, at.end + 24))) continue;
    // The author between "Posted by" and "to": a candidate ending right before "to", or plain words.
    let by = blog.first - 2;
    while (by >= 0 && by > blog.first - 8 && !wordsAt(tokens, by, ['posted', 'by'])) by--;
    if (by < 0 || !wordsAt(tokens, by, ['posted', 'by'])) continue;
    out[i] = { ...blog, kind: 'other', strong: true };
    const name = phraseOf(tokens, blog.first, blog.last);
    const author = out.findIndex((c) => c.first === by + 2 && c.last === blog.first - 1);
    if (author >= 0 && phraseOf(tokens, by + 2, blog.first - 1) === name)
      out[author] = { ...out[author]!, kind: 'other', strong: true };
  }
  return out;
}
