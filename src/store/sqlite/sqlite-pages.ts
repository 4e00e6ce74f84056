/** Rendered article pages in SQLite (migration 5): read with the article's revision, written if it still holds. */
import type Database from 'better-sqlite3';
import type { ArticlePageLookup, ArticlePageWrite, UnrenderedStep } from '../port.js';
import { prepared } from './statements.js';

interface PageRow {
  revision: number;
  etag: string | null;
  last_modified: string | null;
  size: number | null;
  page: Buffer | null;
}

// Only the articles table's unique index on id is read (it holds the seq), never the article's row. The page is
// read only when it is of the render key asked for.
const READ_SQL = `SELECT coalesce(p.revision, 0) AS revision, p.etag, p.last_modified, p.size,
    CASE WHEN p.render_key = ? THEN p.page END AS page
  FROM articles a LEFT JOIN article_pages p ON p.article_seq = a.seq WHERE a.id = ?`;

// Inserted at the revision read before rendering; an existing row (moved on by the trigger since, or a page of
// another key) is replaced only while its revision is still that one.
const WRITE_SQL = `INSERT INTO article_pages (article_seq, revision, render_key, etag, last_modified, size, page)
  SELECT seq, @revision, @renderKey, @etag, @lastModified, @size, @gzip FROM articles WHERE id = @articleId
  ON CONFLICT (article_seq) DO UPDATE SET render_key = excluded.render_key, etag = excluded.etag,
    last_modified = excluded.last_modified, size = excluded.size, page = excluded.page
  WHERE article_pages.revision = excluded.revision`;

// A page row's key is null exactly when it has no page (the trigger clears both, a write sets both), so the page
// itself is never read here: testing it for NULL loaded each 6 kB page (7.5 s for a walk over 100,000 articles).
const UNRENDERED_SQL = `SELECT a.seq, a.id, coalesce(p.revision, 0) AS revision, p.render_key IS ? AS current
  FROM articles a LEFT JOIN article_pages p ON p.article_seq = a.seq
  WHERE a.seq < ? ORDER BY a.seq DESC LIMIT ?`;

export function readArticlePage(db: Database.Database, id: string, renderKey: string): ArticlePageLookup | null {
  const row = prepared<[string, string], PageRow>(db, READ_SQL).get(renderKey, id);
  if (!row) return null;
  if (!row.page) return { revision: row.revision, page: null };
  return {
    revision: row.revision,
    page: { renderKey, etag: row.etag!, lastModified: row.last_modified!, size: row.size!, gzip: row.page },
  };
}

/** Writes the pages in one transaction; returns how many were stored. */
export function writeArticlePages(db: Database.Database, pages: readonly ArticlePageWrite[]): number {
  if (!pages.length) return 0;
  const write = prepared(db, WRITE_SQL);
  return db
    .transaction(() => {
      let stored = 0;
      for (const p of pages)
        stored += write.run({
          articleId: p.articleId,
          revision: p.revision,
          renderKey: p.renderKey,
          etag: p.etag,
          lastModified: p.lastModified,
          size: p.size,
          gzip: p.gzip,
        }).changes;
      return stored;
    })
    .immediate();
}

export function unrenderedArticles(
  db: Database.Database,
  renderKey: string,
  limit: number,
  from: string | undefined,
): UnrenderedStep {
  const take = Math.max(1, Math.floor(limit));
  const rows = prepared<
    [string, number | bigint, number],
    { seq: number; id: string; revision: number; current: number }
  >(db, UNRENDERED_SQL).all(renderKey, from === undefined ? Number.MAX_SAFE_INTEGER : Number(from), take);
  return {
    articles: rows.filter((r) => !r.current).map((r) => ({ id: r.id, revision: r.revision })),
    next: rows.length < take ? null : String(rows.at(-1)!.seq),
  };
}
