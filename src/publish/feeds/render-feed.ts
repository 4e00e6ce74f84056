/** Picks the writer for a feed format named in the URL. */
import { ATOM_CONTENT_TYPE, renderAtom } from './atom.js';
import type { FeedDoc } from './feed-model.js';
import { JSON_FEED_CONTENT_TYPE, renderJsonFeed } from './json-feed.js';
import { RSS_CONTENT_TYPE, renderRss } from './rss.js';

export type FeedFormat = 'rss' | 'atom' | 'json';

const WRITERS: Readonly<Record<FeedFormat, { type: string; render: (doc: FeedDoc) => string }>> = {
  rss: { type: RSS_CONTENT_TYPE, render: renderRss },
  atom: { type: ATOM_CONTENT_TYPE, render: renderAtom },
  json: { type: JSON_FEED_CONTENT_TYPE, render: renderJsonFeed },
};

export function isFeedFormat(value: string): value is FeedFormat {
  return value === 'rss' || value === 'atom' || value === 'json';
}

/** The body and content type of the feed in the format. */
export function renderFeed(format: FeedFormat, doc: FeedDoc): { body: string; contentType: string } {
  const w = WRITERS[format];
  return { body: w.render(doc), contentType: w.type };
}
