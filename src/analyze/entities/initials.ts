/**
 * Initials before a person's name belong to it: "K. Michael Stevens", "W. W. Rouse Ball", "J. Robert Oppenheimer".
 * The tagger often left a lone initial out, above all at the start of a sentence or a list, where the rules trim
 * capitals as capitals of position; GUM and UNER both mark the initial in the name. An initial is one capital and a
 * period, printed as its own token right before the name; a capitalised word before it ends something else ("Plan
 * B. Daniel said"), so initials there stay out.
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';

const INITIAL = /^\p{Lu}\.$/u;
const CAPITALISED = /^\p{Lu}/u;

/** `candidates` with each person's name run back over the initials printed right before it. */
export function initialsOfPeople(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const out = candidates.map((c) => {
    if (c.kind !== 'person' || c.titleFrom !== undefined) return c;
    let first = c.first;
    while (first > 0 && INITIAL.test(tokens[first - 1]!.text) && tokens[first]!.start - tokens[first - 1]!.end === 1)
      first--;
    if (first === c.first) return c;
    const before = tokens[first - 1];
    if (before && CAPITALISED.test(before.text) && before.text.length > 1) return c;
    return { ...c, first };
  });
  // An initial read as a name of its own ("W." before "W. Rouse Ball") is now inside the person.
  return out.filter(
    (c, i) =>
      !out.some((o, j) => j !== i && o.first <= c.first && o.last >= c.last && o.last - o.first > c.last - c.first),
  );
}
