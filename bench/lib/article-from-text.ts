/** A minimal Article around a plain body text, for benchmarks that start from ground-truth texts. */
import type { Article } from '../../src/vocabulary.js';

/** An Article whose body is `text` (paragraphs split at blank lines); every other field empty. */
export function articleFromText(id: string, text: string, publishedAt: string | null = null): Article {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    id,
    url: null,
    canonicalUrl: null,
    siteName: null,
    title: null,
    description: null,
    authors: [],
    dateline: null,
    publishedAt,
    modifiedAt: null,
    language: 'en',
    section: null,
    tags: [],
    leadImage: null,
    images: [],
    body: { html: '', text, paragraphs },
    wordCount: text.split(/\s+/).filter(Boolean).length,
    contentHash: '',
  };
}
