import type { Analysis, Article } from '../vocabulary.js';
import type { ArticleSummary, StoredArticle } from './port.js';

/**
 * A column of the article's story filing, read from its own small row (`article_stories`: filing an article must
 * not write its big row again, SQLite migration 6); null when it is filed nowhere. `articles` is the articles
 * table's name or alias in the query.
 */
export const filingColumn = (column: 'story_id' | 'duplicate_of', articles: string): string =>
  `(SELECT st.${column} FROM article_stories st WHERE st.article_seq = ${articles}.seq) AS ${column}`;

/**
 * The columns every dialect selects for a summary, under the same names. `url` is where the article was fetched,
 * else its canonical address (a saved file has only the latter), so lists and feeds can link to the original.
 */
export const SUMMARY_COLUMNS = `a.id, COALESCE(a.url, a.canonical_url) AS url, a.title, a.description, a.outlet, a.authors_json, a.published_at, a.language, a.lead_image_url, ${filingColumn('story_id', 'a')}, a.ingested_at`;

/** The article row's own columns a stored article is read from: the page trigger watches each of them. */
export const STORED_ARTICLE_COLUMNS = [
  'article_json',
  'analysis_json',
  'outlet',
  'source',
  'ingested_at',
  'updated_at',
];

/** The columns every dialect selects for a stored article (`StoredRow`) from `articles` (not aliased). */
export const STORED_COLUMNS = [
  ...STORED_ARTICLE_COLUMNS,
  filingColumn('story_id', 'articles'),
  filingColumn('duplicate_of', 'articles'),
].join(', ');

export interface SummaryRow {
  id: string;
  url: string | null;
  title: string | null;
  description: string | null;
  outlet: string;
  authors_json: string;
  published_at: string | null;
  language: string | null;
  lead_image_url: string | null;
  story_id: string | null;
  ingested_at: string | Date;
}

export interface StoredRow {
  article_json: string;
  analysis_json: string | null;
  outlet: string;
  source: string;
  ingested_at: string | Date;
  updated_at: string | Date;
  story_id: string | null;
  duplicate_of: string | null;
}

/** Maps a summary row of either dialect to the port's shape. */
export function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    description: row.description,
    outlet: row.outlet,
    authors: JSON.parse(row.authors_json) as string[],
    publishedAt: row.published_at,
    language: row.language,
    leadImageUrl: row.lead_image_url,
    storyId: row.story_id,
    ingestedAt: isoOf(row.ingested_at),
  };
}

/** Maps a full row of either dialect to the port's shape. */
export function toStored(row: StoredRow): StoredArticle {
  return {
    article: JSON.parse(row.article_json) as Article,
    analysis: row.analysis_json ? (JSON.parse(row.analysis_json) as Analysis) : null,
    outlet: row.outlet,
    source: row.source,
    ingestedAt: isoOf(row.ingested_at),
    updatedAt: isoOf(row.updated_at),
    storyId: row.story_id,
    duplicateOf: row.duplicate_of,
  };
}

/** Timestamps are ISO strings in SQLite and may come back as Date from PostgreSQL. */
export function isoOf(value: string | Date): string {
  return value instanceof Date ? value.toISOString() : value;
}
