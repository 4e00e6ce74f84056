/**
 * "Syria’s Defense Ministry accused … “…,” the ministry said": a definite description of a body goes back to the
 * latest speaker nearby whose name carries its head word, named by an entity or not. News calls a body it has named
 * by the last word of its kind. With no such speaker the phrase is read as before (parties.ts, pronouns.ts): "the
 * company" goes on with the latest named organization, "the ministry" stays a description, never someone else's name.
 */
import type { ResolvedParty } from './parties.js';

/** How far back (characters) the named body may have spoken. */
const REACH = 1200;

/** Heads of the bodies news names once and then calls by their kind: "the ministry", "the league", "the airline". */
const BODY_HEAD =
  /^the\s+(ministry|department|agency|council|commission|committee|league|union|court|government|authority|office|bureau|service|institute|university|hospital|club|company|firm|group|bank|airline|carrier|lender|insurer|retailer)$/i;

/** The latest speaker within reach whose name holds the head of `phrase` ("the ministry" at `at`), or null. */
export function antecedentByHead(phrase: string, at: number, history: readonly ResolvedParty[]): ResolvedParty | null {
  const head = BODY_HEAD.exec(phrase)?.[1]?.toLowerCase();
  if (!head) return null;
  const word = new RegExp(`(?:^|[^\\p{L}])${head}(?![\\p{L}])`, 'iu');
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]!;
    if (at - h.at > REACH) break;
    if (h.at >= at || h.kind === 'person' || h.party.anonymous) continue;
    // A description read before ("the ministry" itself) is no name.
    if (!/^\p{Lu}/u.test(h.party.name) || !word.test(h.party.name)) continue;
    return { party: { ...h.party, text: phrase }, kind: 'organization', at };
  }
  return null;
}
