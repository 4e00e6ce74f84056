/**
 * A person's name run on into the label of a field before a colon, as e-mail signatures and lists print them with
 * the line breaks lost ("John Keller Direct Dial: 555-0100", "Phillip Attendees: Pam Butler …"): the label is no
 * part of the name. The name ends before the first ordinary word (or a plural of people: "Attendees",
 * "Participants") after its given name.
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { wordInfoOf } from './wordinfo.js';

const PEOPLE_PLURAL = /^\p{Lu}\p{Ll}+(?:ees|ants|ents|ers|ors|ists|ates)$/u;

function labelWord(word: string): boolean {
  const info = wordInfoOf(word);
  if (info.firstName || info.lastName) return false;
  return info.common || PEOPLE_PLURAL.test(word);
}

/** `candidates` with each person's name cut before a field label that runs on to a colon. */
export function withoutFieldLabels(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  return candidates.map((c) => {
    if (c.kind !== 'person' || c.last - c.first < 2 || tokens[c.last]?.text !== ':') return c;
    if (!wordInfoOf(tokens[c.first]!.text).firstName) return c;
    for (let k = c.first + 1; k < c.last; k++) if (labelWord(tokens[k]!.text)) return { ...c, last: k };
    return c;
  });
}
