/**
 * An e-mail signature prints the sender's name and then the company's, and once the line break is lost they run
 * together: "Regards, Odile Vantreight Marrow Gas Supply, Inc. (713) 555-0100", "Traci Traci Warner Halden
 * Broadband Services, Inc.". The company's legal form made the whole run one organization. An organization of four
 * words or more that ends in a legal form (Inc., Ltd., LLC …) and opens with a person's given name and surname is
 * cut after them: the person and then the company, of two words or more. A word is a given name when the lexicon
 * knows it as one, or when the text names a person with it elsewhere ("Vantreight, Odile" in the header); the
 * surname is a capitalised word no lexicon knows as an ordinary word, a place or an organization. A given name said
 * twice before it ("Traci Traci Warner") is a sign-off of its own.
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { wordInfoOf } from './wordinfo.js';

const FORM = /^(?:Inc|Ltd|LLC|LLP|Corp|Co|plc|PLC|GmbH|Limited|Incorporated)\.?$/;
const CAPITALISED = /^\p{Lu}(?:\p{Ll}|['’-]?\p{Lu}\p{Ll})+$/u;

/** `candidates` with a person's name at the head of a company's name cut off as a person. */
export function signatureFirms(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const named = new Set<string>(); // words of people named in the text
  for (const c of candidates)
    if (c.kind === 'person') for (let k = c.first; k < c.last; k++) named.add(tokens[k]!.text);
  return candidates.flatMap((c) => split(tokens, c, named));
}

function split(tokens: readonly Token[], c: NameCandidate, named: ReadonlySet<string>): NameCandidate[] {
  if (c.kind !== 'organization' || c.nested || c.last - c.first < 4) return [c];
  let formAt = c.last - 1;
  if (tokens[formAt]!.text === '.' && formAt > c.first) formAt--;
  if (!FORM.test(tokens[formAt]!.text)) return [c];
  let first = c.first;
  const out: NameCandidate[] = [];
  if (tokens[first]!.text === tokens[first + 1]!.text) {
    out.push({ first, last: first + 1, kind: 'person', titled: false });
    first++;
  }
  const given = tokens[first]!.text;
  const surname = tokens[first + 1]!.text;
  if (!CAPITALISED.test(given) || !CAPITALISED.test(surname)) return [c];
  const g = wordInfoOf(given);
  if (!(g.firstName || named.has(given)) || g.common || g.place || g.org || g.title) return [c];
  const s = wordInfoOf(surname);
  if (s.common || s.place || s.org || s.title || s.orgSuffix || s.placeSuffix || s.firstName) return [c];
  // The company keeps two words or more before its legal form (and the comma before it).
  let companyWords = 0;
  for (let k = first + 2; k < formAt; k++) if (tokens[k]!.text !== ',') companyWords++;
  if (companyWords < 2) return [c];
  out.push({ first, last: first + 2, kind: 'person', titled: false });
  out.push({ ...c, first: first + 2 });
  return out;
}
