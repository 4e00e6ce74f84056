/**
 * RSS 2.0 (https://www.rssboard.org/rss-specification), with atom:link rel="self" as validators ask. An item whose
 * page gave no date has no pubDate (optional in RSS) rather than the time the desk stored it.
 */
import { toDate, type FeedDoc } from './feed-model.js';
import { xmlEscape as x } from './xml-escape.js';
import { ANALYSIS_XMLNS, analysisXml, rssCategory } from './xml-analysis.js';

export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8';

/** Renders the feed document. */
export function renderRss(doc: FeedDoc): string {
  const items = doc.items
    .map(
      (i) => `<item>
<title>${x(i.title)}</title>
<link>${x(i.url)}</link>
<guid isPermaLink="true">${x(i.id)}</guid>
${i.published ? `<pubDate>${toDate(i.published).toUTCString()}</pubDate>\n` : ''}${i.summary ? `<description>${x(i.summary)}</description>\n` : ''}${i.authors.map((a) => `<dc:creator>${x(a)}</dc:creator>\n`).join('')}<source url="${x(i.outletFeedUrl)}">${x(i.outlet)}</source>
${analysisXml(i.analysis, rssCategory)}</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" ${ANALYSIS_XMLNS}>
<channel>
<title>${x(doc.title)}</title>
<link>${x(doc.homeUrl)}</link>
<description>${x(doc.description)}</description>
<atom:link href="${x(doc.feedUrl)}" rel="self" type="application/rss+xml"/>
<lastBuildDate>${toDate(doc.updated).toUTCString()}</lastBuildDate>
${items}
</channel>
</rss>
`;
}
