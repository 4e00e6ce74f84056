/** JSON-LD nodes → metadata candidate: the article node (NewsArticle and kin), its publisher and the WebSite. */
import type { MetadataImage } from '../metadata.js';
import type { MetadataCandidate } from '../candidate.js';
import { absoluteUrl, cleanText, dimension, splitTags } from '../text.js';
import { typesOf, type JsonLdGraph, type JsonLdNode } from './decode.js';

/** schema.org types that are an article, most specific first; the first node of the best rank wins. */
const ARTICLE_TYPES: readonly string[] = [
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'LiveBlogPosting',
  'Article',
  'BlogPosting',
  'SocialMediaPosting',
  'TechArticle',
  'ScholarlyArticle',
  'Report',
  'Review',
];
/** Page-level types: used only when no article node exists (dates and names of plain pages). */
const PAGE_TYPES: ReadonlySet<string> = new Set(['WebPage', 'ItemPage', 'AboutPage', 'CollectionPage', 'ProfilePage']);
/** Authors of these types are the outlet, not a person. */
const ORG_TYPES: ReadonlySet<string> = new Set(['Organization', 'NewsMediaOrganization', 'Corporation', 'WebSite']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

/** Follows {"@id": …} references into the graph. */
function deref(v: unknown, graph: JsonLdGraph): unknown {
  if (isObject(v) && typeof v['@id'] === 'string' && Object.keys(v).length <= 2) {
    return graph.byId.get(v['@id'])?.props ?? v;
  }
  return v;
}

function pickArticle(graph: JsonLdGraph): JsonLdNode | null {
  let best: JsonLdNode | null = null;
  let bestRank = Infinity;
  for (const node of graph.nodes) {
    const rank = Math.min(...node.types.map((t) => ARTICLE_TYPES.indexOf(t)).filter((i) => i >= 0));
    if (rank < bestRank) [best, bestRank] = [node, rank];
  }
  return best ?? graph.nodes.find((n) => n.types.some((t) => PAGE_TYPES.has(t))) ?? null;
}

function authorsOf(v: unknown, graph: JsonLdGraph): string[] {
  const out: string[] = [];
  for (const item of list(v)) {
    const a = deref(item, graph);
    if (typeof a === 'string') {
      const s = cleanText(a);
      if (s && !/^https?:\/\//.test(s)) out.push(s);
    } else if (isObject(a)) {
      if (typesOf(a).some((t) => ORG_TYPES.has(t))) continue;
      const name = cleanText(a.name) ?? [cleanText(a.givenName), cleanText(a.familyName)].filter(Boolean).join(' ');
      if (name) out.push(name);
    }
  }
  return out;
}

function imageOf(v: unknown, graph: JsonLdGraph, base: string | null): MetadataImage | null {
  for (const item of list(v)) {
    const img = deref(item, graph);
    if (typeof img === 'string') {
      const url = absoluteUrl(img, base);
      if (url) return { url, caption: null, credit: null, alt: null, width: null, height: null };
    } else if (isObject(img)) {
      const url = absoluteUrl(cleanText(img.url) ?? cleanText(img.contentUrl), base);
      if (!url) continue;
      return {
        url,
        caption: cleanText(img.caption) ?? cleanText(img.description),
        credit: cleanText(img.creditText) ?? cleanText(img.copyrightHolder) ?? nameOf(img.author, graph),
        alt: null,
        width: dimension(img.width),
        height: dimension(img.height),
      };
    }
  }
  return null;
}

function nameOf(v: unknown, graph: JsonLdGraph): string | null {
  for (const item of list(v)) {
    const o = deref(item, graph);
    if (typeof o === 'string') return cleanText(o);
    if (isObject(o)) {
      const n = cleanText(o.name);
      if (n) return n;
    }
  }
  return null;
}

function firstText(v: unknown): string | null {
  for (const item of list(v)) {
    const s = cleanText(item);
    if (s) return s;
  }
  return null;
}

function freeFlag(v: unknown): boolean | null {
  if (v === false || (typeof v === 'string' && /^false$/i.test(v.trim()))) return false;
  if (v === true || (typeof v === 'string' && /^true$/i.test(v.trim()))) return true;
  return null;
}

function paywalled(p: Record<string, unknown>): boolean {
  if (freeFlag(p.isAccessibleForFree) === false) return true;
  return list(p.hasPart).some((part) => isObject(part) && freeFlag(part.isAccessibleForFree) === false);
}

/**
 * A page without an article node whose one video is its content (a news video page): the upload is the
 * page's creation. With several videos none of them is the page's own.
 */
function videoUpload(graph: JsonLdGraph): string | null {
  const videos = graph.nodes.filter((n) => n.types.includes('VideoObject'));
  return videos.length === 1 ? firstText(videos[0]!.props.uploadDate) : null;
}

/** Adapts the decoded JSON-LD graph to a metadata candidate; empty when the page has no usable node. */
export function adaptJsonLd(graph: JsonLdGraph, base: string | null): MetadataCandidate {
  const node = pickArticle(graph);
  const website = graph.nodes.find((n) => n.types.includes('WebSite'));
  if (!node) return { siteName: website ? cleanText(website.props.name) : null, createdRaw: videoUpload(graph) };
  const p = node.props;
  const titles = [cleanText(p.headline), cleanText(p.name), cleanText(p.alternativeHeadline)].filter(
    (t): t is string => !!t,
  );
  const mainPage = deref(p.mainEntityOfPage, graph);
  const canonical =
    (typeof mainPage === 'string'
      ? mainPage
      : isObject(mainPage)
        ? (cleanText(mainPage['@id']) ?? cleanText(mainPage.url))
        : null) ?? cleanText(p.url);
  const isArticle = node.types.some((t) => ARTICLE_TYPES.includes(t));
  return {
    titles: isArticle ? titles : [],
    weakTitles: isArticle ? [] : titles,
    description: cleanText(p.description),
    authors: authorsOf(p.author ?? p.creator, graph),
    publishedRaw: firstText(p.datePublished),
    createdRaw: firstText(p.dateCreated) ?? firstText(p.uploadDate) ?? (isArticle ? null : videoUpload(graph)),
    modifiedRaw: firstText(p.dateModified),
    language: firstText(p.inLanguage),
    siteName: nameOf(p.publisher, graph) ?? (website ? cleanText(website.props.name) : null),
    canonicalUrl: absoluteUrl(canonical, base),
    section: firstText(p.articleSection),
    tags: splitTags(p.keywords),
    image: imageOf(p.image ?? p.thumbnailUrl, graph, base),
    articleBody: typeof p.articleBody === 'string' && p.articleBody.trim() ? p.articleBody.trim() : null,
    liveBlog: node.types.includes('LiveBlogPosting'),
    paywalled: paywalled(p),
    type: node.types[0]?.toLowerCase() ?? null,
  };
}
