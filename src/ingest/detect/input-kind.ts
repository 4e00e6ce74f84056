/**
 * What an input is: decided by content sniffing first (a `.xml` may be a feed or a sitemap, a `.html` may be
 * a feed served with the wrong name), then by the file extension or HTTP content type when the bytes are
 * ambiguous. Gzip is unwrapped by the caller before sniffing the inner bytes.
 */

export type InputKind = 'page' | 'feed' | 'sitemap' | 'opml' | 'warc';

/** Extensions, longest first; each maps to the kind a file of that name almost always is. */
const EXTENSIONS: readonly [string, InputKind, string][] = [
  ['.warc.gz', 'warc', 'gzipped WARC, one member per record'],
  ['.warc', 'warc', 'WARC 1.0/1.1'],
  ['.html.gz', 'page', 'compressed saved page (the Scrapinghub corpus ships these)'],
  ['.htm.gz', 'page', 'compressed saved page'],
  ['.txt.gz', 'page', 'compressed text dump'],
  ['.html', 'page', 'saved page'],
  ['.htm', 'page', 'saved page'],
  ['.xhtml', 'page', 'saved page'],
  ['.txt', 'page', 'plain-text dump of a page; extract has a text-dump path'],
  ['.rss', 'feed', 'RSS'],
  ['.atom', 'feed', 'Atom'],
  ['.rdf', 'feed', 'RSS 1.0'],
  ['.opml', 'opml', 'subscription list'],
  ['.xml', 'feed', 'usually a feed; sniffing tells feeds from sitemaps and OPML'],
  ['.json', 'feed', 'JSON Feed; sniffing checks the version'],
];

/** Content types, for URLs. */
const CONTENT_TYPES: readonly [RegExp, InputKind][] = [
  [/^application\/(rss|atom|rdf)\+xml/, 'feed'],
  [/^application\/(feed\+json|json)/, 'feed'],
  [/^(application|text)\/xml/, 'feed'],
  [/^text\/x-opml/, 'opml'],
  [/^application\/warc/, 'warc'],
  [/^(text\/html|application\/xhtml\+xml|text\/plain)/, 'page'],
];

/** Root elements and markers seen in the first few KiB. */
const SNIFF: readonly [RegExp, InputKind, string][] = [
  [/^WARC\/1\.[01]\r?\n/, 'warc', 'WARC version line'],
  [/^\s*\{[\s\S]*"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//, 'feed', 'JSON Feed version'],
  [/<(?:[a-z]+:)?(urlset|sitemapindex)[\s>]/i, 'sitemap', 'sitemap root'],
  [/<opml[\s>]/i, 'opml', 'OPML root'],
  [/<!doctype\s+html|<html[\s>]/i, 'page', 'HTML document (checked before feeds: pages embed RSS links)'],
  [/<rss[\s>]|<(?:[a-z]+:)?RDF[\s>]|<feed[\s>]/, 'feed', 'RSS, RDF or Atom root'],
];

/** The kind a file name suggests, or null. */
export function kindFromName(name: string): InputKind | null {
  const lower = name.toLowerCase();
  for (const [ext, kind] of EXTENSIONS) if (lower.endsWith(ext)) return kind;
  return null;
}

/** The kind an HTTP content type suggests, or null. */
export function kindFromContentType(contentType: string | null | undefined): InputKind | null {
  const type = (contentType ?? '').trim().toLowerCase();
  for (const [re, kind] of CONTENT_TYPES) if (re.test(type)) return kind;
  return null;
}

/** The kind the content shows, from its first bytes (already gunzipped), or null when it does not say. */
export function sniffKind(head: Uint8Array): InputKind | null {
  const text = Buffer.from(head.subarray(0, 4096))
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  if (text.startsWith('WARC/')) return 'warc';
  // Skip the XML declaration, comments and processing instructions before looking for a root.
  const body = text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, '');
  const firstTag = /<[a-z!]/i.exec(body);
  const window = firstTag ? body.slice(firstTag.index, firstTag.index + 1024) : body;
  for (const [re, kind] of SNIFF)
    if (re.test(kind === 'feed' && re.source.includes('jsonfeed') ? text : window)) return kind;
  return null;
}

/** Content first, then the name or content type; a page when nothing says otherwise (extract sniffs further). */
export function detectKind(head: Uint8Array, nameOrType: { name?: string; contentType?: string | null }): InputKind {
  return (
    sniffKind(head) ??
    (nameOrType.name ? kindFromName(nameOrType.name) : null) ??
    kindFromContentType(nameOrType.contentType) ??
    'page'
  );
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}
