/** Any feed document (RSS 0.9x/1.0/2.0, Atom 1.0, JSON Feed 1.x) → Feed, or a typed reason. */
import { parseXml } from '../xml/parse-xml.js';
import { adaptAtom } from './atom/atom-adapt.js';
import { decodeAtom } from './atom/atom-decode.js';
import type { AdaptedFeed, FeedOutcome } from './feed-entry.js';
import { withSiteName } from './feed-site.js';
import { adaptJsonFeed } from './json-feed/json-feed-adapt.js';
import { decodeJsonFeed } from './json-feed/json-feed-decode.js';
import { adaptRss } from './rss/rss-adapt.js';
import { decodeRss } from './rss/rss-decode.js';

/** Parses a feed; `feedUrl` (the feed's own address) resolves relative entry links. */
export function parseFeed(body: string, feedUrl: string | null = null): FeedOutcome {
  const out = parseAny(body, feedUrl);
  return out.ok ? { ok: true, feed: withSiteName(out.feed, feedUrl) } : out;
}

function parseAny(
  body: string,
  feedUrl: string | null,
): { ok: true; feed: AdaptedFeed } | Exclude<FeedOutcome, { ok: true }> {
  const trimmed = body.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (err) {
      return { ok: false, reason: 'malformed-json', message: `feed: ${(err as Error).message}` };
    }
    const doc = decodeJsonFeed(value);
    if (!doc) return { ok: false, reason: 'not-a-feed', message: 'feed: JSON without a jsonfeed.org version' };
    return { ok: true, feed: adaptJsonFeed(doc, feedUrl) };
  }
  const xml = parseXml(trimmed);
  if (!xml.ok) return { ok: false, reason: xml.reason, message: `feed: ${xml.message}` };
  const rss = decodeRss(xml.root);
  if (rss) return { ok: true, feed: adaptRss(rss, feedUrl) };
  const atom = decodeAtom(xml.root);
  if (atom) return { ok: true, feed: adaptAtom(atom, feedUrl) };
  return { ok: false, reason: 'not-a-feed', message: 'feed: no <rss>, <rdf:RDF> or <feed> root' };
}
