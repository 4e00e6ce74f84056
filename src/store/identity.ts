import { createHash } from 'node:crypto';
import type { Article } from '../vocabulary.js';

/**
 * The identity of an article: its canonical URL, else its URL, else its content hash. Upserting an article with
 * the same identity updates it in place. URLs keep their path and query (publishers use them as ids) but lose
 * the fragment and host case, which never name a different page.
 */
export function identityKey(article: Pick<Article, 'canonicalUrl' | 'url' | 'contentHash'>): string {
  const url = article.canonicalUrl || article.url;
  if (url) return normalizeUrl(url);
  if (!article.contentHash) throw new Error('store: an article needs a canonicalUrl, url or contentHash');
  return `sha256:${article.contentHash}`;
}

/** The identity the article had before it declared a canonical URL (first seen by its feed URL, say). */
export function formerIdentityKey(article: Pick<Article, 'canonicalUrl' | 'url'>): string | null {
  if (!article.canonicalUrl || !article.url) return null;
  const former = normalizeUrl(article.url);
  return former === normalizeUrl(article.canonicalUrl) ? null : former;
}

/** A stable article id for an identity, used when the article carries none. */
export function idForIdentity(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/** A URL as identity compares it: trimmed, host lower-cased, fragment dropped; non-URLs only trimmed. */
export function normalizeUrl(raw: string): string {
  const text = raw.trim();
  try {
    const url = new URL(text);
    url.hash = '';
    return url.href;
  } catch {
    return text;
  }
}
