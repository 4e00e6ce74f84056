/**
 * Page metadata, decoded from JSON-LD (NewsArticle and kin, @graph), Open Graph, Twitter cards, <meta>,
 * microdata, then the page itself — in that order of trust. (Interface fixed by the foundation.)
 *
 * Stages: decode each format into its own shape (`*\/decode.ts`) → adapt each to a candidate
 * (`*\/adapt.ts`) → merge field by field, first source with a value wins → choose the title.
 */
import type { ArticleImage } from '../../vocabulary.js';
import { cleanByline } from '../byline/byline.js';
import type { Document } from '../dom/tree.js';
import type { MetadataCandidate } from './candidate.js';
import { adaptJsonLd } from './jsonld/adapt.js';
import { decodeJsonLd } from './jsonld/decode.js';
import { adaptDublinCore, adaptMetaTags } from './meta-tags/adapt.js';
import { decodeMetaTags } from './meta-tags/decode.js';
import { adaptMicrodata } from './microdata/adapt.js';
import { decodeMicrodata } from './microdata/decode.js';
import { adaptOpenGraph } from './opengraph/adapt.js';
import { decodeOpenGraph } from './opengraph/decode.js';
import { adaptPage, primaryLanguage } from './page/adapt.js';
import { decodePage } from './page/decode.js';
import { absoluteUrl } from './text.js';
import { chooseTitle, preferMatching } from './title.js';
import { adaptTwitterCard } from './twitter/adapt.js';
import { decodeTwitterCard } from './twitter/decode.js';

/** A metadata source's image: an ArticleImage with every field read, and always a URL. */
export type MetadataImage = Required<ArticleImage> & { url: string };

export interface PageMetadata {
  title: string | null;
  description: string | null;
  authors: string[];
  /** Raw date strings as found in metadata (normalised later by the dates stage). */
  publishedRaw: string | null;
  /**
   * JSON-LD or microdata dateCreated (or a video page's uploadDate): the publication only when no source gives
   * a datePublished. Optional: callers that build metadata by hand may leave it out.
   */
  createdRaw?: string | null;
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

type Scalar =
  | 'description'
  | 'publishedRaw'
  | 'createdRaw'
  | 'modifiedRaw'
  | 'siteName'
  | 'canonicalUrl'
  | 'section'
  | 'articleBody'
  | 'type';

function pick<K extends Scalar>(sources: MetadataCandidate[], k: K): PageMetadata[K] | null {
  for (const s of sources) {
    const v = s[k];
    if (v !== null && v !== undefined && v !== '') return v as PageMetadata[K];
  }
  return null;
}

function pickList(sources: MetadataCandidate[], k: 'tags'): string[] {
  for (const s of sources) {
    const v = s[k];
    if (v && v.length) return [...new Set(v)];
  }
  return [];
}

/** Merges images: the most trusted URL, with caption/alt/size filled from any source describing the same URL. */
function pickImage(sources: MetadataCandidate[]): MetadataImage | null {
  const images = sources.map((s) => s.image).filter((i): i is MetadataImage => !!i);
  const main = images[0];
  if (!main) return null;
  const same = images.filter((i) => i.url === main.url);
  const fill = <K extends keyof MetadataImage>(k: K): MetadataImage[K] =>
    same.find((i) => i[k] !== null)?.[k] ?? main[k];
  return {
    url: main.url,
    caption: fill('caption'),
    credit: fill('credit'),
    alt: fill('alt'),
    width: fill('width'),
    height: fill('height'),
  };
}

/** Metadata author fields hold bylines too ("By Jane Doe | Reuters"); names only, outlets dropped. */
function cleanAuthors(raw: string[], siteName: string | null): string[] {
  const out = new Map<string, string>();
  for (const r of raw)
    for (const name of cleanByline(r, { siteName }))
      if (!out.has(name.toLowerCase())) out.set(name.toLowerCase(), name);
  return [...out.values()];
}

function hostOf(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}

/** Extracts the page's metadata; every field is null or empty when no source gives it. */
export function extractMetadata(doc: Document, url: string | null): PageMetadata {
  const base = absoluteUrl(url, null);
  const tags = decodeMetaTags(doc);
  const page = decodePage(doc);
  const jsonLd = adaptJsonLd(decodeJsonLd(doc), base);
  const sources: MetadataCandidate[] = [
    jsonLd,
    adaptDublinCore(tags),
    adaptOpenGraph(decodeOpenGraph(tags), base),
    adaptTwitterCard(decodeTwitterCard(tags), base),
    adaptMetaTags(tags),
    adaptMicrodata(decodeMicrodata(doc), base),
    adaptPage(page, base),
  ];
  const siteName = pick(sources, 'siteName');
  jsonLd.titles = preferMatching(jsonLd.titles ?? [], page, siteName, hostOf(base));
  const language = sources.map((s) => primaryLanguage(s.language ?? null)).find((l) => l) ?? null;
  return {
    title: chooseTitle(
      [...sources.flatMap((s) => s.titles ?? []), ...sources.flatMap((s) => s.weakTitles ?? [])],
      page,
      siteName,
      hostOf(base),
    ),
    description: pick(sources, 'description'),
    // Cleaned per source, so a source whose "authors" are all outlets or junk does not hide the next one.
    authors: sources.map((src) => cleanAuthors(src.authors ?? [], siteName)).find((a) => a.length) ?? [],
    publishedRaw: pick(sources, 'publishedRaw'),
    createdRaw: pick(sources, 'createdRaw'),
    modifiedRaw: pick(sources, 'modifiedRaw'),
    language,
    siteName,
    // <link rel=canonical> is the publisher's explicit statement; og:url and JSON-LD url come after it.
    canonicalUrl: sources.at(-1)!.canonicalUrl ?? pick(sources, 'canonicalUrl'),
    section: pick(sources, 'section'),
    tags: pickList(sources, 'tags'),
    image: pickImage(sources),
    articleBody: pick(sources, 'articleBody'),
    liveBlog: sources.some((s) => s.liveBlog === true),
    paywalled: sources.some((s) => s.paywalled === true),
    type: pick(sources, 'type'),
  };
}
