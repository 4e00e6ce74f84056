/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). The desk's analysis rides in the `_dateline` extension
 * (the spec's custom-object form: an underscore key, an `about` URL saying what it is).
 */
import type { FeedDoc } from './feed-model.js';
import { ANALYSIS_NS } from './xml-analysis.js';

export const JSON_FEED_CONTENT_TYPE = 'application/feed+json; charset=utf-8';

/** Renders the feed document. */
export function renderJsonFeed(doc: FeedDoc): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: doc.title,
    description: doc.description,
    home_page_url: doc.homeUrl,
    feed_url: doc.feedUrl,
    items: doc.items.map((i) => ({
      id: i.id,
      url: i.url,
      external_url: i.externalUrl ?? undefined,
      title: i.title,
      summary: i.summary ?? undefined,
      content_text: i.summary ?? i.title,
      image: i.image ?? undefined,
      date_published: i.published ?? undefined,
      authors: (i.authors.length ? i.authors : [i.outlet]).map((name) => ({ name })),
      language: i.language ?? undefined,
      tags: [i.outlet],
      _dateline: i.analysis ? { about: ANALYSIS_NS, ...i.analysis } : undefined,
    })),
  });
}
