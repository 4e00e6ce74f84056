/**
 * Page metadata, decoded from JSON-LD (NewsArticle and kin, @graph), Open Graph, Twitter cards, <meta>,
 * microdata, then the page itself — in that order of trust. (Interface fixed by the foundation; the metadata
 * work fills it in.)
 */
import type { Document } from '../dom/tree.js';

export interface MetadataImage {
  url: string;
  caption: string | null;
  credit: string | null;
  alt: string | null;
  width: number | null;
  height: number | null;
}

export interface PageMetadata {
  title: string | null;
  description: string | null;
  authors: string[];
  /** Raw date strings as found in metadata (normalised later by the dates stage). */
  publishedRaw: string | null;
  modifiedRaw: string | null;
  language: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  section: string | null;
  tags: string[];
  image: MetadataImage | null;
  /** JSON-LD articleBody, the fallback for script-rendered pages. */
  articleBody: string | null;
  /** JSON-LD LiveBlogPosting or equivalent. */
  liveBlog: boolean;
  /** isAccessibleForFree: false, or a paywall marker. */
  paywalled: boolean;
  /** @type or og:type, lower-cased ("newsarticle", "article", "website"). */
  type: string | null;
}

export function extractMetadata(_doc: Document, _url: string | null): PageMetadata {
  return {
    title: null,
    description: null,
    authors: [],
    publishedRaw: null,
    modifiedRaw: null,
    language: null,
    siteName: null,
    canonicalUrl: null,
    section: null,
    tags: [],
    image: null,
    articleBody: null,
    liveBlog: false,
    paywalled: false,
    type: null,
  };
}
