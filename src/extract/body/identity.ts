/** The article's content hash and stable id. */
import { createHash } from 'node:crypto';
import { normalizeSpace } from '../dom/tree.js';

function sha256(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex');
}

/** sha256 of the body text, normalised (NFC, white space collapsed, lower case) so re-fetches hash alike. */
export function contentHash(text: string): string {
  return sha256(normalizeSpace(text.normalize('NFC')).toLowerCase());
}

/** Stable id: from the canonical URL, else the URL, else the content hash. */
export function articleId(canonicalUrl: string | null, url: string | null, hash: string): string {
  return sha256(canonicalUrl ?? url ?? hash).slice(0, 24);
}
