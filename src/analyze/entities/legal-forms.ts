/**
 * A company's legal form ends its name: what runs on after it is a thing of the company's, not more of the name
 * ("a copy of the J.M. Huber Corporation Guaranty", "the Norvane Ltd Agreement", "Halden Inc. Headquarters"). The
 * tagger read the whole run as one name, often a person or a work. A name with a legal form (Corporation, Corp., Inc.,
 * Ltd., LLC, plc, GmbH …) inside it, followed only by ordinary capitalised words (no title, no name a lexicon knows),
 * ends at the form and is an organization.
 */
import { isCommonWord } from './common-words.js';
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { wordInfoOf } from './wordinfo.js';

const FORM = /^(?:Corporation|Corp|Inc|Incorporated|Ltd|Limited|LLC|LLP|plc|PLC|GmbH)\.?$/;
const CAPITALISED_WORD = /^\p{Lu}[\p{Ll}]+$/u;

/** An ordinary word printed capitalised: in the common-word lists, and no title, name or place. */
function ordinary(word: string): boolean {
  if (!CAPITALISED_WORD.test(word) || !isCommonWord(word.toLowerCase())) return false;
  const info = wordInfoOf(word);
  return !info.title && !info.firstName && !info.person && !info.place && !info.org && !info.orgSuffix;
}

/** `candidates` with a name that runs on past a legal form cut there, as an organization. */
export function legalForms(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  return candidates.map((c) => {
    if (c.nested || c.last - c.first < 3) return c;
    for (let k = c.first + 1; k < c.last - 1; k++) {
      if (!FORM.test(tokens[k]!.text)) continue;
      let end = k + 1;
      if (!tokens[k]!.text.endsWith('.') && tokens[end]?.text === '.' && tokens[end]!.start === tokens[k]!.end) end++;
      if (end >= c.last) return c;
      for (let j = end; j < c.last; j++) if (!ordinary(tokens[j]!.text)) return c;
      return { ...c, last: end, kind: 'organization', mentionLast: undefined };
    }
    return c;
  });
}
