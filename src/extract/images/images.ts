/**
 * images: the lead image and the article's images. The lead image is the first figure of the article when it
 * stands near the top, else the metadata image (og:image, JSON-LD image) — with the caption and credit of the
 * page's figure showing the same picture, wherever that figure is (heroes often sit outside the text column).
 */
import type { ArticleImage } from '../../vocabulary.js';
import { elementsByTag, type Document } from '../dom/tree.js';
import type { Block, FigureInfo } from '../body/block.js';
import { figureOf } from '../body/tables-figures.js';
import type { PageMetadata } from '../metadata/metadata.js';
import { safeUrl } from '../sanitize/url.js';

/** A figure after this many text blocks is an illustration of the text, not the lead. */
const LEAD_WITHIN_BLOCKS = 3;

export interface ImagesResult {
  leadImage: ArticleImage | null;
  images: ArticleImage[];
}

function toImage(f: FigureInfo): ArticleImage {
  return { url: f.url, caption: f.caption, credit: f.credit, alt: f.alt, width: f.width, height: f.height };
}

/** The picture's identity across renditions: file name without extension and size suffix. */
export function imageKey(url: string): string {
  const file = url.split(/[?#]/)[0]!.split('/').pop() ?? '';
  return file
    .replace(/\.\w{2,5}$/, '')
    .replace(/[-_]\d{2,4}x\d{2,4}$|[-_](?:scaled|large|medium|small|thumb|\d{3,4}w?)$/i, '')
    .toLowerCase();
}

function figureInPage(doc: Document, url: string, baseUrl: string | null): FigureInfo | null {
  const key = imageKey(url);
  if (!key) return null;
  for (const el of elementsByTag(doc, 'figure')) {
    const f = figureOf(el, baseUrl)?.figure;
    if (f?.url && imageKey(f.url) === key) return f;
  }
  return null;
}

/** Chooses the lead image and lists the images of the kept blocks. */
export function pickImages(
  doc: Document | null,
  blocks: readonly Block[],
  hero: Block | null,
  meta: PageMetadata,
  baseUrl: string | null,
): ImagesResult {
  const images: ArticleImage[] = [];
  const seen = new Set<string>();
  let lead: ArticleImage | null = null;
  let textBlocks = 0;
  for (const b of blocks) {
    if (b.kind !== 'figure') {
      textBlocks++;
      continue;
    }
    const img = toImage(b.figure!);
    if (img.url && seen.has(img.url)) continue;
    if (img.url) seen.add(img.url);
    images.push(img);
    if (!lead && img.url && textBlocks < LEAD_WITHIN_BLOCKS) lead = img;
  }
  if (!lead && hero?.figure?.url) {
    lead = toImage(hero.figure);
    if (!seen.has(lead.url!)) images.unshift(lead);
  }
  const metaUrl = meta.image ? safeUrl(meta.image.url, baseUrl, false) : null;
  if (!lead && meta.image && metaUrl) {
    const inPage =
      images.find((i) => i.url && imageKey(i.url) === imageKey(metaUrl)) ??
      (doc ? figureInPage(doc, metaUrl, baseUrl) : null);
    lead = {
      url: metaUrl,
      caption: meta.image.caption ?? inPage?.caption ?? null,
      credit: meta.image.credit ?? inPage?.credit ?? null,
      alt: meta.image.alt ?? inPage?.alt ?? null,
      width: meta.image.width ?? inPage?.width ?? null,
      height: meta.image.height ?? inPage?.height ?? null,
    };
  }
  if (!lead && images[0]?.url) lead = images[0];
  return { leadImage: lead, images };
}
