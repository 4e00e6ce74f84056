import { describe, expect, it } from 'vitest';
import { withoutAddresses } from './addresses.js';
import { phraseOf, type NameCandidate } from './rules.js';
import { tokenize } from './tokenize.js';

/** The occurrences of `names` in `text` (longest first, none overlapping) that `withoutAddresses` keeps. */
function kept(text: string, names: string[]): string[] {
  const tokens = tokenize(text);
  const longest = names.map((n) => n.split(' ')).sort((a, b) => b.length - a.length);
  const candidates: NameCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const words = longest.find((ws) => ws.every((w, k) => tokens[i + k]?.text === w));
    if (!words) continue;
    candidates.push({ first: i, last: i + words.length, kind: 'person', titled: false });
    i += words.length - 1;
  }
  return withoutAddresses(text, tokens, candidates).map((c) => phraseOf(tokens, c.first, c.last));
}

describe('withoutAddresses', () => {
  it('drops names inside e-mail addresses, file names and web addresses', () => {
    expect(kept('Write to Orla.B.Keane@example.org today.', ['Orla', 'Keane'])).toEqual([]);
    expect(kept('Attached: Orla_cv.pdf and Orla Keane@HALDEN on Monday.', ['Orla', 'Orla Keane'])).toEqual([]);
    expect(kept('See http://example.org/wiki/Orla for more.', ['Orla'])).toEqual([]);
  });

  it('keeps names beside an address, in a display name, or at the end of a sentence', () => {
    expect(kept('Orla Keane wrote: "Orla Keane"<orla@example.org>. Ask Orla.', ['Orla Keane', 'Orla'])).toEqual([
      'Orla Keane',
      'Orla Keane',
      'Orla',
    ]);
    expect(kept('The U.S. team met Orla (orla@example.org) in Oslo.', ['Orla', 'Oslo'])).toEqual(['Orla', 'Oslo']);
  });
});
