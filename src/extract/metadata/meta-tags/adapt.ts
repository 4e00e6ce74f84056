/**
 * Plain `<meta name=…>` tags → metadata candidate: author, description, date, Dublin Core (dc.* / dcterms.*),
 * Parse.ly (parsely-*), Sailthru (sailthru.*) and other CMS conventions. Open Graph and Twitter have their own
 * decoders; this is the catch-all, least trusted of the tag formats.
 */
import type { MetadataCandidate } from '../candidate.js';
import { cleanText, splitTags } from '../text.js';
import { metaValue, metaValues, type MetaTags } from './decode.js';

/** Keys that carry the publication date, most specific first (sources: htmldate's META list, CMS docs). */
export const PUBLISHED_KEYS: readonly string[] = [
  'article:published_time',
  'article:published',
  'article:publicationdate',
  'article:publication_date',
  'article:post_date',
  'og:pubdate',
  'pubdate_iso',
  'publication-date',
  'release_date',
  'dcterms.available',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published-date',
  'publication_date',
  'article.published',
  'article_date_original',
  'cxenseparse:recs:publishtime',
  'date_published',
  'citation_publication_date',
  'citation_date',
  'originalpublicationdate',
  'rnews:datepublished',
  'sailthru.date.published',
  'bt:pubdate',
  // More of htmldate's list and CMS conventions seen in the wild, less specific than the above.
  'dcsext.articlefirstpublished',
  'article.created',
  'og:datepublished',
  'published',
  'published_time',
  'pub_date',
  'dc.date.publication',
  'dc:date',
  'dc.created',
  'dc:created',
  'datecreated',
  'date_created',
  'dateposted',
  'content_create_date',
  'displaydate',
  'doc_date',
  'mediator_published_time',
  'shareaholic:article_published_time',
  'twt-published-at',
  'vr:published_time',
  'rbpubdate',
  'pdate',
  'ptime',
  'timestamp',
];

/** Keys that carry the last modification. */
export const MODIFIED_KEYS: readonly string[] = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'dc.date.modified',
  'dcterms.modified',
  'last-modified',
  'lastmod',
  'article.updated',
  'parsely-updated',
  'revised',
  'article:modified',
  'updated_time',
  'date_modified',
  'dc:modified',
  'last_updated',
  'lastmodified',
  'modified',
  'updated',
  'utime',
];

function authorsFrom(tags: MetaTags): string[] {
  const raw = metaValues(
    tags,
    'author',
    'dc.creator',
    'dcterms.creator',
    'dc:creator',
    'parsely-author',
    'sailthru.author',
    'byl',
    'citation_author',
  );
  // "article:author" is usually a profile URL (Facebook's convention); names only.
  const names = raw.map((v) => cleanText(v)).filter((v): v is string => !!v && !/^https?:\/\//.test(v));
  return [...new Set(names)];
}

/**
 * Dublin Core, a standard the publisher chose deliberately, is read before Open Graph (as Readability does);
 * the property form ("dc:title") before the name form ("DC.title").
 */
export function adaptDublinCore(tags: MetaTags): MetadataCandidate {
  const v = (field: string): string | null =>
    cleanText(metaValue(tags, `dc:${field}`, `dcterm:${field}`, `dcterms:${field}`, `dc.${field}`, `dcterms.${field}`));
  const title = v('title');
  const creator = v('creator');
  return {
    titles: title ? [title] : [],
    description: v('description'),
    authors: creator ? [creator] : [],
    publishedRaw: v('date.issued') ?? v('issued') ?? v('date'),
    modifiedRaw: v('modified'),
    language: v('language'),
    siteName: v('publisher'),
  };
}

export function adaptMetaTags(tags: MetaTags): MetadataCandidate {
  const titles = [
    'dc.title',
    'dcterms.title',
    'dc:title',
    'title',
    'parsely-title',
    'sailthru.title',
    'headline',
    'citation_title',
  ]
    .map((k) => cleanText(metaValue(tags, k)))
    .filter((t): t is string => !!t);
  const keywords = metaValues(tags, 'news_keywords', 'keywords', 'parsely-tags', 'sailthru.tags');
  return {
    titles,
    description: cleanText(
      metaValue(tags, 'description', 'dc.description', 'dcterms.description', 'dc:description', 'sailthru.description'),
    ),
    authors: authorsFrom(tags),
    publishedRaw: metaValue(tags, ...PUBLISHED_KEYS),
    modifiedRaw: metaValue(tags, ...MODIFIED_KEYS),
    language: cleanText(metaValue(tags, 'content-language', 'dc.language', 'dcterms.language', 'language')),
    siteName: cleanText(metaValue(tags, 'application-name', 'publisher', 'dc.publisher', 'dcterms.publisher', 'cre')),
    section: cleanText(
      metaValue(tags, 'parsely-section', 'section', 'article.section', 'sailthru.section', 'category'),
    ),
    tags: keywords.length ? splitTags(keywords) : [],
  };
}
