/**
 * Words inside an e-mail address, a web address, a handle or a file name are no mentions: "Kevin" and "Boone" in
 * "Kevin.A.Boone@example.com", "Lisa" in "Lisa_resume.doc". The address is one stretch of text without spaces;
 * a name that is all of such a stretch ("Reuters.com" aside, which is no address) stays.
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';

/** An address or file name: "@", "_", "://", "www.", or a file extension at the end ("cv.pdf", "notes.docx"). */
const ADDRESS = /[@_]|:\/\/|^www\.|\.(?:docx?|pdf|xlsx?|pptx?|txt|jpe?g|png|gif|zip|html?)$/i;
/** Punctuation around a stretch that belongs to the sentence, not to the address. */
const EDGE = /^[("'“‘<[]+|[)"'”’>\].,;:!?]+$/gu;

const GLUE_BEFORE = /[@_./=]/;
const GLUE_AFTER = /^(?:[@_]|\.\w)/;

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 160;

/** `candidates` without those lying inside an address, the address being the space-free stretch around them. */
export function withoutAddresses(
  text: string,
  tokens: readonly Token[],
  candidates: readonly NameCandidate[],
): NameCandidate[] {
  return candidates.filter((c) => {
    const start = tokens[c.first]!.start;
    const end = tokens[(c.mentionLast ?? c.last) - 1]!.end;
    // Glued to the rest of the address by "@", "_", "/", "=", or a dot before more letters; quotes and brackets
    // around a display name ('"Ann Lee"<ann@example.com>') are no glue.
    const before = start > 0 && GLUE_BEFORE.test(text[start - 1]!);
    const after = GLUE_AFTER.test(text.slice(end, end + 2));
    if (!before && !after) return true;
    let from = start;
    while (from > 0 && !isSpace(text.charCodeAt(from - 1))) from--;
    let to = end;
    while (to < text.length && !isSpace(text.charCodeAt(to))) to++;
    const stretch = text.slice(from, to).replace(EDGE, '');
    return !ADDRESS.test(stretch);
  });
}
