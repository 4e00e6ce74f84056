/** Open Graph → metadata candidate. */
import type { MetadataCandidate } from '../candidate.js';
import { absoluteUrl, cleanText, dimension, splitTags } from '../text.js';
import type { OpenGraph } from './decode.js';

export function adaptOpenGraph(og: OpenGraph, base: string | null): MetadataCandidate {
  const img = og.images.find((i) => absoluteUrl(i.secureUrl ?? i.url, base));
  const title = cleanText(og.title);
  return {
    titles: title ? [title] : [],
    description: cleanText(og.description),
    // article:author is a profile URL by Facebook's convention; only names are authors.
    authors: og.article.authors.map((a) => cleanText(a)).filter((a): a is string => !!a && !/^https?:\/\//i.test(a)),
    publishedRaw: og.article.publishedTime,
    modifiedRaw: og.article.modifiedTime,
    // og:locale is "en_US"; the language is its first part.
    language: og.locale ? og.locale.split(/[_-]/)[0]!.toLowerCase() || null : null,
    siteName: cleanText(og.siteName),
    canonicalUrl: absoluteUrl(og.url, base),
    section: cleanText(og.article.section),
    tags: splitTags(og.article.tags),
    image: img
      ? {
          url: absoluteUrl(img.secureUrl ?? img.url, base)!,
          caption: null,
          credit: null,
          alt: cleanText(img.alt),
          width: dimension(img.width),
          height: dimension(img.height),
        }
      : null,
    type: og.type ? og.type.toLowerCase() : null,
  };
}
