/**
 * extract: RawDocument-like input → Article, or a typed reason. Pure: never fetches (STYLE.md §3).
 *
 * Stages, in order (each a function with a typed result):
 * 1. decode   — bytes → text (gunzip, binary sniffing, charset); plain text goes to the text-dump path
 * 2. metadata — JSON-LD, Open Graph, Twitter cards, <meta>, microdata (`extractMetadata`)
 * 3. body     — segment, score, choose the container, filter boilerplate; JSON-LD articleBody fallback
 * 4. images   — lead image with caption and credit; the article's images
 * 5. byline/dateline/dates — authors (metadata, else the printed byline), dateline split off the first
 *                paragraph, publication and modification dates
 * 6. sanitize — the body HTML is built only from allow-listed markup as blocks are cut (see sanitize/); this
 *                stage assembles it with the dateline removed, and derives the hash and id
 */
import type { Article, ArticleBody, Dateline, ExtractInput, ExtractOptions, ExtractOutcome } from '../vocabulary.js';
import { extractBody, type BodyResult } from './body/body.js';
import { articleId, contentHash } from './body/identity.js';
import { readingLength, wordCount } from './body/word-count.js';
import { cleanByline } from './byline/byline.js';
import { findPlainByline } from './byline/plain-byline.js';
import { splitDateline } from './dateline/dateline.js';
import { findDates, type PageDates } from './dates/dates.js';
import { decode } from './decode/decode.js';
import { findBylineText } from './dom/byline-candidates.js';
import { htmlLang } from './dom/html-lang.js';
import { articleLanguage } from './language/language.js';
import { emptyInertElements } from './dom/inert.js';
import { findHeadlines } from './dom/headlines.js';
import { parseDocument, type Document } from './dom/tree.js';
import { pickImages, type ImagesResult } from './images/images.js';
import { extractMetadata, type PageMetadata } from './metadata/metadata.js';
import { escapeText, safeUrl } from './sanitize/sanitize.js';
import { MAX_TITLE_CHARS, parseTextDump } from './textdump/textdump.js';

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** A page with less body text than this and no article metadata is not an article (an index, a login wall). */
const MIN_ARTICLE_CHARS = 50;
/** A paywalled page with fewer words than this shows only a teaser. */
const TEASER_WORDS = 350;

interface Bylines {
  authors: string[];
  dateline: Dateline | null;
  dates: PageDates;
  /** The first paragraph with the dateline removed (null when there was none). */
  firstParagraph: string | null;
}

/** Stage 5: authors, dateline, dates. */
function bylineStage(
  doc: Document | null,
  meta: PageMetadata,
  body: BodyResult,
  input: ExtractInput,
  options: ExtractOptions,
): Bylines {
  let authors = meta.authors;
  if (!authors.length && doc) {
    const raw = findBylineText(doc);
    if (raw) authors = cleanByline(raw, { siteName: meta.siteName });
  }
  if (!authors.length && doc) {
    // "<p>By Jane Roe</p>" under the headline or closing the text, with no byline class.
    const plain = findPlainByline(doc);
    if (plain) authors = cleanByline(plain, { siteName: meta.siteName });
  }
  let dateline: Dateline | null = null;
  let firstParagraph: string | null = null;
  const first = body.blocks.find((b) => b.kind !== 'figure');
  if (first && first.kind === 'p') {
    const split = splitDateline(first.text);
    if (split.dateline) {
      dateline = split.dateline;
      firstParagraph = split.rest.trim();
    }
  }
  const dates = findDates(doc, meta, input.url ?? null, {
    now: options.now ?? new Date(),
    published: input.published ?? null,
    headers: input.headers ?? {},
  });
  return { authors, dateline, dates, firstParagraph };
}

/** Stage 6: the final body — sanitized block HTML, dateline split off, hash. */
function sanitizeStage(body: BodyResult, firstParagraph: string | null): ArticleBody {
  if (firstParagraph === null) return { html: body.html, text: body.text, paragraphs: body.paragraphs };
  const blocks = body.blocks.slice();
  const i = blocks.findIndex((b) => b.kind !== 'figure');
  const paragraphs = body.paragraphs.slice(firstParagraph ? 0 : 1);
  if (firstParagraph) paragraphs[0] = firstParagraph;
  blocks.splice(
    i,
    1,
    ...(firstParagraph ? [{ ...blocks[i]!, text: firstParagraph, html: escapeText(firstParagraph) }] : []),
  );
  // Re-render only the changed paragraph: swap its HTML in the already rendered body.
  const oldHtml = `<p>${body.blocks[i]!.html}</p>`;
  const html = body.html.replace(oldHtml, firstParagraph ? `<p>${escapeText(firstParagraph)}</p>` : '');
  return { html, text: paragraphs.join('\n\n'), paragraphs };
}

function emptyMetadata(): PageMetadata {
  return { title: null, description: null, authors: [], publishedRaw: null, modifiedRaw: null, language: null, siteName: null, canonicalUrl: null, section: null, tags: [], image: null, articleBody: null, liveBlog: false, paywalled: false, type: null }; // prettier-ignore
}

function assemble(
  input: ExtractInput,
  meta: PageMetadata,
  title: string | null,
  language: string | null,
  body: ArticleBody,
  images: ImagesResult,
  bylines: Pick<Bylines, 'authors' | 'dateline' | 'dates'>,
  flags: { partial: boolean; liveBlog: boolean },
): Article {
  const url = input.url ? safeUrl(input.url, null) : null;
  const canonicalUrl = meta.canonicalUrl ? safeUrl(meta.canonicalUrl, url) : null;
  const hash = contentHash(body.text);
  const article: Article = {
    id: articleId(canonicalUrl, url, hash),
    url,
    canonicalUrl,
    siteName: meta.siteName,
    title,
    description: meta.description,
    authors: bylines.authors,
    dateline: bylines.dateline,
    publishedAt: bylines.dates.publishedAt,
    modifiedAt: bylines.dates.modifiedAt,
    language,
    section: meta.section,
    tags: meta.tags,
    leadImage: images.leadImage,
    images: images.images,
    body,
    wordCount: wordCount(body.text),
    contentHash: hash,
  };
  if (flags.partial) article.partial = true;
  if (flags.liveBlog) article.liveBlog = true;
  return article;
}

function fromTextDump(text: string, input: ExtractInput, options: ExtractOptions): ExtractOutcome {
  const dump = parseTextDump(text, input.url ?? null);
  if (!dump.paragraphs.length) {
    const lines = text.split(/\r\n?|\n/).filter((l) => l.trim()).length;
    const words = lines === 1 ? wordCount(text) : 0;
    const message =
      lines !== 1
        ? 'extract: the text has no paragraphs'
        : text.trim().length > MAX_TITLE_CHARS
          ? `extract: the text is a single line of ${words} words with fewer than two sentences in it, not read as an article`
          : `extract: the text is a single line of ${words} words, read as a title; a line longer than ${MAX_TITLE_CHARS} characters is read as the body`;
    return { ok: false, reason: 'not-an-article', message };
  }
  const body: ArticleBody = {
    html: dump.paragraphs.map((p) => `<p>${escapeText(p)}</p>`).join('\n'),
    text: dump.paragraphs.join('\n\n'),
    paragraphs: dump.paragraphs,
  };
  // A URL line in the dump is the page's address when the caller gave none.
  const located = input.url || !dump.url ? input : { ...input, url: dump.url };
  const dates = findDates(null, null, located.url ?? null, { now: options.now ?? new Date(), published: input.published ?? null, headers: input.headers ?? {} }); // prettier-ignore
  const images: ImagesResult = { leadImage: dump.leadImage, images: dump.leadImage ? [dump.leadImage] : [] };
  const meta = { ...emptyMetadata(), siteName: dump.siteName };
  const article = assemble(located, meta, dump.title, articleLanguage(null, input.headers, body.text), body, images, { authors: [], dateline: dump.dateline, dates }, { partial: false, liveBlog: false }); // prettier-ignore
  return { ok: true, article };
}

/** Extracts the article from a page (HTML, bytes) or a plain-text dump of one. Never throws on bad input. */
export function extract(input: ExtractInput, options: ExtractOptions = {}): ExtractOutcome {
  const decoded = decode(input, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!decoded.ok) return decoded;
  if (decoded.kind === 'text') return fromTextDump(decoded.text, input, options);

  const doc = parseDocument(emptyInertElements(decoded.text));
  const baseUrl = input.url ? safeUrl(input.url, null) : null;
  const meta = extractMetadata(doc, baseUrl);
  const headlines = findHeadlines(doc);
  const body = extractBody(doc, meta, baseUrl, headlines);
  const words = wordCount(body.text);
  const articleType = meta.type !== null && /article|posting|report|blog/.test(meta.type);
  if (!body.paragraphs.length || (readingLength(body.text) < MIN_ARTICLE_CHARS && !articleType))
    return { ok: false, reason: 'not-an-article', message: `extract: the page has no article body (${words} words)` };
  const images = pickImages(doc, body.blocks, body.hero, meta, baseUrl);
  const bylines = bylineStage(doc, meta, body, input, options);
  const finalBody = sanitizeStage(body, bylines.firstParagraph);
  // What a reader sees as the headline when metadata names none: the first <h1>, else <title>.
  const title = meta.title ?? headlines.h1s[0] ?? headlines.title;
  const partial = body.paywallMarker || (meta.paywalled && words < TEASER_WORDS);
  const liveBlog = meta.liveBlog || body.liveBlog;
  return { ok: true, article: assemble(input, meta, title, articleLanguage(meta.language ?? htmlLang(doc), input.headers, finalBody.text), finalBody, images, bylines, { partial, liveBlog }) }; // prettier-ignore
}
