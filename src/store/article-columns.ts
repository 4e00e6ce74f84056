import type { Article } from '../vocabulary.js';
import { formerIdentityKey, identityKey, normalizeUrl } from './identity.js';
import { outletOf } from './outlet.js';
import { RESERVED_CHARS } from './snippet.js';

/** The columns both dialects derive from an article for querying; the article itself is kept whole as JSON. */
export interface ArticleColumns {
  identityKey: string;
  formerIdentityKey: string | null;
  /** URLs as identity compares them (fragment dropped), for lookups by URL. */
  url: string | null;
  canonicalUrl: string | null;
  contentHash: string;
  outlet: string;
  language: string | null;
  title: string | null;
  description: string | null;
  /** Authors joined for full-text search. */
  authorsText: string;
  bodyText: string;
  /** publishedAt as UTC ISO, for ordering; null when unknown or unparseable. */
  publishedUtc: string | null;
  /** The day the publisher printed (publishedAt's own date part), for date filters. */
  publishedDay: string | null;
}

/** Derives the queryable columns of an article. */
export function articleColumns(article: Article, source: string): ArticleColumns {
  return {
    identityKey: identityKey(article),
    formerIdentityKey: formerIdentityKey(article),
    url: article.url ? cleanText(normalizeUrl(article.url)) : null,
    canonicalUrl: article.canonicalUrl ? cleanText(normalizeUrl(article.canonicalUrl)) : null,
    contentHash: article.contentHash,
    outlet: cleanText(outletOf(article, source)) ?? source,
    language: cleanText(article.language)?.toLowerCase() ?? null,
    title: cleanText(article.title),
    description: cleanText(article.description),
    authorsText: cleanText(article.authors.join(', ')) ?? '',
    bodyText: cleanText(article.body.text) ?? '',
    publishedUtc: toUtc(article.publishedAt),
    publishedDay: dayOf(article.publishedAt),
  };
}

/**
 * Removes what text columns must not hold: NUL (PostgreSQL rejects it in text) and the private-use characters
 * snippets give meaning to (a page could otherwise forge <mark> tags in its own snippet).
 */
export function cleanText(value: string | null | undefined): string | null {
  if (value == null) return null;
  return value.replaceAll('\u0000', '').replace(RESERVED_CHARS, '');
}

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})(?:$|T)/;

function toUtc(value: string | null): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

function dayOf(value: string | null): string | null {
  return value ? (ISO_DAY.exec(value)?.[1] ?? null) : null;
}
