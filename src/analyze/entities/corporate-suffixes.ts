/**
 * A company's legal form after a comma belongs to its name: "Atlantic Lottery Corporation, Inc.", "CCNG, Inc.",
 * "Google, Inc. of Mountain View". The tagger read the form alone as a name ("Inc.") or ran it on into what follows.
 * A corporate form (Inc., Ltd., LLC, Corp., plc, GmbH …) after a comma joins the organization before the comma, or
 * the capitalised words there (up to five), into one organization; a name that began at the form keeps what comes
 * after "of" (a place: "Mountain View").
 */
import type { NameCandidate } from './rules.js';
import { phraseOf } from './rules.js';
import type { Token } from './tokenize.js';
import { bestPlace } from './wordinfo.js';

const FORM = /^(?:Inc|Ltd|LLC|LLP|Corp|Co|plc|PLC|GmbH|AG|SA|S\.A|N\.V|L\.P|Pty|Limited|Incorporated)\.?$/;
const CAPITALISED = /^(?:\p{Lu}|\p{N}+\p{L})[\p{L}\p{N}&.'’-]*$/u;

/** `candidates` with each company's legal form after a comma joined to its name. */
export function corporateForms(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  let out = [...candidates];
  for (let k = 2; k < tokens.length; k++) {
    if (!FORM.test(tokens[k]!.text) || tokens[k - 1]!.text !== ',') continue;
    // "CCNG, Inc..": the form's own period, printed before the sentence's, is the next token.
    const dot = tokens[k + 1];
    const end = !tokens[k]!.text.endsWith('.') && dot?.text === '.' && dot.start === tokens[k]!.end ? k + 2 : k + 1;
    const host = out.find((c) => c.last === k - 1 && c.kind !== 'person');
    let first = host?.first ?? k - 1;
    if (!host) while (first > 0 && k - 1 - first < 5 && CAPITALISED.test(tokens[first - 1]!.text)) first--;
    if (first === k - 1) continue; // nothing capitalised before the comma
    const org: NameCandidate = { first, last: end, kind: 'organization', titled: false, strong: true };
    const next: NameCandidate[] = [];
    for (const c of out) {
      if (c.last <= first || c.first >= end) next.push(c);
      else if (c.first >= first && c.last > end) {
        // "Inc. of Mountain View, California": the place after "of" stays.
        let from = end;
        while (from < c.last && !CAPITALISED.test(tokens[from]!.text)) from++;
        if (from < c.last) {
          const place = bestPlace(phraseOf(tokens, from, c.last)) ?? bestPlace(tokens[from]!.text);
          next.push({ ...c, first: from, kind: place ? 'place' : c.kind, mentionLast: undefined });
        }
      }
    }
    out = [...next, org].sort((a, b) => a.first - b.first);
  }
  return out;
}
