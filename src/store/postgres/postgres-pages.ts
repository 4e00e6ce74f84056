/** Rendered article pages in PostgreSQL (migration 12), as the SQLite store keeps them (sqlite-pages.ts). */
import type pg from 'pg';
import type { ArticlePageLookup, ArticlePageWrite, UnrenderedStep } from '../port.js';

interface PageRow {
  revision: string;
  etag: string | null;
  last_modified: string | null;
  size: number | null;
  page: Buffer | null;
}

const READ_SQL = `SELECT coalesce(p.revision, 0) AS revision, p.etag, p.last_modified, p.size,
    CASE WHEN p.render_key = $2 THEN p.page END AS page
  FROM articles a LEFT JOIN article_pages p ON p.article_seq = a.seq WHERE a.id = $1`;

// One statement for the batch. ON CONFLICT waits for a concurrent change of the row (the trigger's) to commit and
// then checks the revision against the row as it is.
const WRITE_SQL = `INSERT INTO article_pages (article_seq, revision, render_key, etag, last_modified, size, page)
  SELECT a.seq, t.revision, t.render_key, t.etag, t.last_modified, t.size, t.page
  FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::integer[], $7::bytea[])
    AS t (id, revision, render_key, etag, last_modified, size, page)
  JOIN articles a ON a.id = t.id
  ON CONFLICT (article_seq) DO UPDATE SET render_key = excluded.render_key, etag = excluded.etag,
    last_modified = excluded.last_modified, size = excluded.size, page = excluded.page
  WHERE article_pages.revision = excluded.revision`;

// A page row's key is null exactly when it has no page (see sqlite-pages.ts): the page is never read here.
const UNRENDERED_SQL = `SELECT a.seq, a.id, coalesce(p.revision, 0) AS revision,
    p.render_key IS NOT DISTINCT FROM $2 AS current
  FROM articles a LEFT JOIN article_pages p ON p.article_seq = a.seq
  WHERE a.seq < $1 ORDER BY a.seq DESC LIMIT $3`;

export async function readArticlePage(pool: pg.Pool, id: string, renderKey: string): Promise<ArticlePageLookup | null> {
  const { rows } = await pool.query<PageRow>(READ_SQL, [id, renderKey]);
  const row = rows[0];
  if (!row) return null;
  const revision = Number(row.revision);
  if (!row.page) return { revision, page: null };
  return {
    revision,
    page: { renderKey, etag: row.etag!, lastModified: row.last_modified!, size: row.size!, gzip: row.page },
  };
}

/** Writes the pages in one statement; returns how many were stored. */
export async function writeArticlePages(pool: pg.Pool, pages: readonly ArticlePageWrite[]): Promise<number> {
  // One statement may not change a row twice: an article's latest rendering in the batch wins.
  const last = [...new Map(pages.map((p) => [p.articleId, p])).values()];
  if (!last.length) return 0;
  const result = await pool.query(WRITE_SQL, [
    last.map((p) => p.articleId),
    last.map((p) => p.revision),
    last.map((p) => p.renderKey),
    last.map((p) => p.etag),
    last.map((p) => p.lastModified),
    last.map((p) => p.size),
    last.map((p) => Buffer.from(p.gzip.buffer, p.gzip.byteOffset, p.gzip.byteLength)),
  ]);
  return result.rowCount ?? 0;
}

export async function unrenderedArticles(
  pool: pg.Pool,
  renderKey: string,
  limit: number,
  from: string | undefined,
): Promise<UnrenderedStep> {
  const take = Math.max(1, Math.floor(limit));
  const { rows } = await pool.query<{ seq: string; id: string; revision: string; current: boolean }>(UNRENDERED_SQL, [
    from ?? '9223372036854775807',
    renderKey,
    take,
  ]);
  return {
    articles: rows.filter((r) => !r.current).map((r) => ({ id: r.id, revision: Number(r.revision) })),
    next: rows.length < take ? null : rows.at(-1)!.seq,
  };
}
