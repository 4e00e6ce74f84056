/** Head metadata for an article: canonical link, Open Graph, Twitter card and JSON-LD `NewsArticle`. */
import type { Article } from '../../vocabulary.js';
import { html, safeUrl, trustedHtml, type SafeHtml } from '../html/safe-html.js';

/**
 * JSON for a `<script type="application/ld+json">` block. JSON-LD is data, not executable script, but the HTML
 * parser still ends the element at `</script`, so `<`, `>`, `&` and the line separators are escaped as `\uXXXX`.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export interface ArticleMetaInput {
  article: Article;
  outlet: string;
  /** Absolute URL of this page on the desk. */
  pageUrl: string;
  siteName: string;
}

/** The NewsArticle object (schema.org). */
export function newsArticleJsonLd(input: ArticleMetaInput): Record<string, unknown> {
  const a = input.article;
  const image = safeUrl(a.leadImage?.url);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title ?? undefined,
    description: a.description ?? undefined,
    url: input.pageUrl,
    mainEntityOfPage: a.canonicalUrl ?? a.url ?? input.pageUrl,
    isBasedOn: a.url ?? a.canonicalUrl ?? undefined,
    datePublished: a.publishedAt ?? undefined,
    dateModified: a.modifiedAt ?? undefined,
    inLanguage: a.language ?? undefined,
    articleSection: a.section ?? undefined,
    keywords: a.tags.length ? a.tags.join(', ') : undefined,
    wordCount: a.wordCount,
    author: a.authors.map((name) => ({ '@type': 'Person', name })),
    publisher: { '@type': 'Organization', name: input.outlet },
    image: image
      ? {
          '@type': 'ImageObject',
          url: image,
          caption: a.leadImage?.caption ?? undefined,
          creditText: a.leadImage?.credit ?? undefined,
        }
      : undefined,
    contentLocation: a.dateline ? { '@type': 'Place', name: a.dateline.place } : undefined,
  };
}

/** Longest derived summary: search engines and share cards show about this much. */
const SUMMARY_CHARS = 200;

/**
 * The page's summary for search engines and share cards: the publisher's description, else the first paragraph
 * cut at a word before SUMMARY_CHARS. Empty `description` tags gave share previews a blank line under the title.
 * JSON-LD keeps only the publisher's own description.
 */
export function summaryOf(a: Article): string {
  if (a.description?.trim()) return a.description.trim();
  return leadParagraph(a, SUMMARY_CHARS);
}

/**
 * The article's first non-empty paragraph, white space collapsed, cut at a word before `maxChars` with an ellipsis
 * (trailing punctuation dropped); empty when the body has none. Also the summary of a feed item without one.
 */
export function leadParagraph(a: Article, maxChars: number): string {
  const first = (a.body.paragraphs.find((p) => p.trim()) ?? '').replace(/\s+/g, ' ').trim();
  if (first.length <= maxChars) return first;
  const cut = first.slice(0, maxChars);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** All head elements for the article page. */
export function articleMeta(input: ArticleMetaInput): SafeHtml {
  const a = input.article;
  const title = a.title ?? 'Untitled article';
  const image = safeUrl(a.leadImage?.url);
  const summary = summaryOf(a);
  return html`<link rel="canonical" href="${input.pageUrl}" />
    ${summary ? html`<meta name="description" content="${summary}" />` : ''}
    <meta property="og:type" content="article" />
    <meta property="og:site_name" content="${input.siteName}" />
    <meta property="og:title" content="${title}" />
    ${summary ? html`<meta property="og:description" content="${summary}" />` : ''}
    <meta property="og:url" content="${input.pageUrl}" />
    ${image ? html`<meta property="og:image" content="${image}" />` : ''}
    ${a.leadImage?.alt ? html`<meta property="og:image:alt" content="${a.leadImage.alt}" />` : ''}
    ${a.publishedAt ? html`<meta property="article:published_time" content="${a.publishedAt}" />` : ''}
    ${a.modifiedAt ? html`<meta property="article:modified_time" content="${a.modifiedAt}" />` : ''}
    ${a.authors.map((name) => html`<meta property="article:author" content="${name}" />`)}
    <meta name="twitter:card" content="${image ? 'summary_large_image' : 'summary'}" />
    <meta name="twitter:title" content="${title}" />
    ${summary ? html`<meta name="twitter:description" content="${summary}" />` : ''}
    ${image ? html`<meta name="twitter:image" content="${image}" />` : ''}
    <script type="application/ld+json">
      ${trustedHtml(jsonForScript(newsArticleJsonLd(input)))}
    </script>`;
}
