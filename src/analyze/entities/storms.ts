/**
 * A storm named once with its storm word ("Cyclone Phailin", "Hurricane Rita") is the same storm when named
 * otherwise: "T C Phailin" (tropical cyclone), "Phailin's winds will weaken". spans.ts makes "Cyclone Phailin" other;
 * the tagger read the other forms as people. A name that is a storm's name of the text, alone or after initials or
 * storm words, becomes other.
 */
import { STORM_WORDS } from './lexicon.js';
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';

/** `candidates` with the other names of the text's storms made other. */
export function stormNames(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const storms = new Set<string>();
  for (const c of candidates)
    if (c.kind === 'other' && c.last - c.first === 2 && STORM_WORDS.has(tokens[c.first]!.text.toLowerCase()))
      storms.add(tokens[c.last - 1]!.text);
  if (!storms.size) return [...candidates];
  // The storm's name alone, or after initials or storm words ("T C Phailin", "TS Merlo", "Tropical Storm Merlo"); a
  // person who bears the name ("Dr Ana Merlo") keeps it.
  const stormLike = (c: NameCandidate): boolean =>
    !c.titled &&
    storms.has(tokens[c.last - 1]!.text) &&
    tokens
      .slice(c.first, c.last - 1)
      .every((t) => /^\p{Lu}{1,2}\.?$/u.test(t.text) || STORM_WORDS.has(t.text.toLowerCase()));
  return candidates.map((c) => (c.kind !== 'other' && stormLike(c) ? { ...c, kind: 'other', strong: false } : c));
}
