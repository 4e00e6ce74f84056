/**
 * RSS 0.9x / 2.0 and RSS 1.0 (RDF) decoded into types shaped like the format (Miniflux `rss/parser.go`).
 * Adapting to `FeedEntry` happens in rss-adapt.ts.
 */
import type { XmlNode } from '../../xml/parse-xml.js';
import { array, attr, child, isNode, prefixed, text } from '../../xml/xml-values.js';

export interface RssItem {
  title: string | null;
  link: string | null;
  guid: string | null;
  /** RSS 2.0: a guid is a permalink unless `isPermaLink="false"`. */
  guidIsPermaLink: boolean;
  /** RDF items name their URL in `rdf:about`. */
  about: string | null;
  description: string | null;
  /** `content:encoded` (the RSS Content module): the full HTML body. */
  contentEncoded: string | null;
  pubDate: string | null;
  /** `dc:date` (Dublin Core), used by RDF feeds. */
  dcDate: string | null;
  author: string | null;
  dcCreator: string | null;
}

export interface RssChannel {
  version: 'rss' | 'rdf';
  title: string | null;
  link: string | null;
  items: RssItem[];
}

function decodeItem(node: unknown): RssItem | null {
  if (!isNode(node)) return null;
  const guid = child(node, 'guid');
  return {
    title: text(node.title),
    link: text(node.link),
    guid: text(guid),
    guidIsPermaLink: attr(guid, 'isPermaLink')?.toLowerCase() !== 'false',
    about: attr(node, 'rdf:about'),
    description: text(node.description),
    contentEncoded: text(prefixed(node, ['content:encoded'])),
    pubDate: text(node.pubDate),
    dcDate: text(prefixed(node, ['dc:date'])),
    author: text(node.author),
    dcCreator: text(prefixed(node, ['dc:creator'])),
  };
}

/** Decodes an RSS or RDF document root; null when the root is neither. */
export function decodeRss(root: XmlNode): RssChannel | null {
  const rss = root.rss;
  if (isNode(rss) || rss === '') {
    const channel = isNode(rss) ? rss.channel : undefined;
    const ch = isNode(channel) ? channel : {};
    const items = array(ch.item)
      .map(decodeItem)
      .filter((i): i is RssItem => i !== null);
    return { version: 'rss', title: text(ch.title), link: text(ch.link), items };
  }
  const rdf = prefixed(root, ['rdf:RDF', 'RDF']);
  if (isNode(rdf)) {
    const ch = isNode(rdf.channel) ? rdf.channel : {};
    // RDF puts items beside the channel, not inside it.
    const items = array(rdf.item)
      .map(decodeItem)
      .filter((i): i is RssItem => i !== null);
    return { version: 'rdf', title: text(ch.title), link: text(ch.link), items };
  }
  return null;
}
