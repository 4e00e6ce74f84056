/**
 * The channel a speaker used, which joins the chain of reporting: "on its website", "on Telegram",
 * "in a post on X". Searched outside the content of the attribution.
 */
import type { AttributionParty, Span } from '../../vocabulary.js';

/** A word of a capitalised name: "KCNA", "Al-Arabiya", "Xinhua". */
const NAME_WORD = String.raw`[\p{Lu}][\p{L}\p{N}’'.&-]*`;

/** Capitalised words of a time, not an outlet: "remarks broadcast on Monday", "aired on Christmas Eve". */
const TIME =
  /(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|New\s+Year|Independence\s+Day)/;

/** The head of an outlet's name or description. */
const OUTLET_HEAD = String.raw`(?:news\s+agency|agency|television|TV|radio|broadcaster|media|newspaper|channel|network|wire)`;

/**
 * An outlet's name: "state television", "official KCNA news agency", "Korean Central News Agency", "Channel 4":
 * modifiers of a state or official outlet, capitalised words, then a head noun or a last capitalised word (and its
 * number).
 */
const OUTLET = new RegExp(
  String.raw`(?!${TIME.source}\b)(?:(?:official|state|state-run|state-owned|state-controlled|national|public)\s+)*` +
    String.raw`(?:${NAME_WORD}\s+)*(?:${OUTLET_HEAD}|${NAME_WORD})\b(?:\s+\d+\b)?`,
  'u',
);

/** Channels, with the reason each one is a link in the chain rather than the speaker. */
export const CHANNELS: readonly { readonly pattern: RegExp; readonly reason: string }[] = [
  {
    pattern:
      /\bon\s+((?:its|his|her|their|the\s+[\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*)*['’]s?)\s+(?:official\s+)?(?:website|web\s?site|Telegram\s+channel|Twitter\s+account|X\s+account|Facebook\s+page|social\s+media\s+account|blog|account))\b/u,
    reason: 'the speaker published the words on its own channel',
  },
  {
    pattern: /\b(?:on|via)\s+(Telegram|Twitter|X|Facebook|Weibo|WeChat|Truth Social|Instagram|YouTube|LinkedIn)\b/,
    reason: 'a social network carried the words',
  },
  {
    // "said in a statement carried by the official KCNA news agency", "In comments broadcast by state television, …":
    // the outlet relays words spoken elsewhere. Not "published" or "released by": those name the author as often.
    pattern: new RegExp(
      String.raw`\b(?:statements?|comments|remarks|interview|message|speech|address|video|footage|commentary|dispatch)\s+` +
        String.raw`(?:carried|broadcast|aired|televised|relayed|run)\s+(?:by|on)\s+(?:the\s+)?(${OUTLET.source})`,
      'u',
    ),
    reason: 'an outlet carried the words spoken elsewhere',
  },
];

/** The channel named in text[from, to), if any, as a party; its name says whose channel a pronoun means. */
export function findChannel(
  text: string,
  from: number,
  to: number,
  ownerName: string | null,
): { party: AttributionParty; span: Span } | null {
  const region = text.slice(from, to);
  for (const c of CHANNELS) {
    const m = c.pattern.exec(region);
    if (!m) continue;
    const said = m[1]!;
    const start = from + m.index + m[0].indexOf(said);
    const name = ownerName ? said.replace(/^(?:its|his|her|their)\b/, `${ownerName}'s`) : said;
    return { party: { entityId: null, name, text: said, anonymous: false }, span: { start, end: start + said.length } };
  }
  return null;
}
