import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Analysis, Story } from '../../vocabulary.js';
import type {
  ArticlePageLookup,
  ArticlePageWrite,
  ArticleSummary,
  EntityRef,
  FeedSubscription,
  ListQuery,
  OutletCount,
  Page,
  RawPage,
  SearchHit,
  SearchQuery,
  SketchRow,
  Store,
  StoredArticle,
  StoryFiling,
  UnrenderedStep,
  UpsertInput,
  UpsertResult,
} from '../port.js';
import { normalizeUrl } from '../identity.js';
import { nameKey } from '../name-key.js';
import { rawPageOfRow, type RawPageRow } from '../raw-codec.js';
import { FEED_COLUMNS, feedOfRow, LIST_FEEDS_SQL, type FeedRow } from '../feed-columns.js';
import { LISTED_STORY } from '../listed-story.js';
import { pageBounds } from '../search-plan.js';
import {
  STORED_COLUMNS,
  SUMMARY_COLUMNS,
  toStored,
  toSummary,
  type StoredRow,
  type SummaryRow,
} from '../summary-row.js';
import { migrateSqlite } from './migrate.js';
import { sqliteMigrations } from './migrations.js';
import { readArticlePage, unrenderedArticles, writeArticlePages } from './sqlite-pages.js';
import { searchSqlite } from './sqlite-search.js';
import { saveAnalysisSqlite, upsertManySqlite, upsertSqlite } from './sqlite-upsert.js';
import { prepared } from './statements.js';

export interface SqliteStoreOptions {
  /** A file path, or `:memory:`. Parent directories are created. */
  path: string;
  /** The clock for ingestedAt/updatedAt (tests pass a fixed one). */
  now?: () => Date;
  /** How long a writer waits for another process's lock before failing (ms). */
  busyTimeoutMs?: number;
}

const ORDER = 'a.published_utc DESC, a.ingested_at DESC, a.seq DESC';
// Raw pages are read in batches: better-sqlite3 forbids other statements while an iterator is open, and
// `reprocess` writes between reads.
const RAW_BATCH = 50;
const MAX_ENTITY_ARTICLES = 200;
/**
 * How much of the file reads may map: SQLite's default ceiling (SQLITE_MAX_MMAP_SIZE, 0x7fff0000, just under
 * 2 GiB); pages past it are read as before. A desk's stored pages are written after its articles, so a 1 GiB map
 * left every stored page of the 100,000-article bench desk (1.7 GB) to read calls.
 */
const MMAP_BYTES = 0x7fff0000;
/**
 * WAL pages after which a commit copies the log into the database (SQLite's default is 1000, 4 MB). Ingest
 * rewrites the same pages commit after commit (the full-text index's segments, the B-tree's inner pages, the
 * stories), and a checkpoint copies each page once however often it changed since the last one: at 4 MB that was
 * every dozen articles. Replaying one ingest of the 86 Scrapinghub development pages (store and story desk, no
 * extraction): 398 -> 301 KiB written per page; CPU the same within the noise of a loaded box (3.2-3.9 ms per
 * page either way). The log grows to 40 MB between checkpoints; readers find their pages in it through the WAL
 * index.
 */
const WAL_CHECKPOINT_PAGES = 10_000;
/** Ids per query in `getArticles` (one JSON array parameter each). */
const ID_BATCH = 1000;
/** Built once: the statement cache is keyed by the SQL, and a string built per call is hashed per call. */
const GET_ARTICLE_SQL = `SELECT ${STORED_COLUMNS} FROM articles WHERE id = ?`;
/**
 * Files an article (story, copy of): its own small row, never the article's (migration 6). No row is written for
 * an unknown article, which the caller sees as 0 changes.
 */
const FILE_SQL = `INSERT INTO article_stories (article_seq, story_id, duplicate_of)
  SELECT seq, ?, ? FROM articles WHERE id = ?
  ON CONFLICT (article_seq) DO UPDATE SET story_id = excluded.story_id, duplicate_of = excluded.duplicate_of`;
/** `FILE_SQL` that leaves the copy filing as it was. */
const FILE_STORY_SQL = `INSERT INTO article_stories (article_seq, story_id)
  SELECT seq, ? FROM articles WHERE id = ?
  ON CONFLICT (article_seq) DO UPDATE SET story_id = excluded.story_id`;

/** The embedded store: one SQLite file in WAL mode, full-text search by FTS5. */
export class SqliteStore implements Store {
  readonly #db: Database.Database;
  readonly #now: () => Date;

  constructor(options: SqliteStoreOptions) {
    if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
    this.#db = new Database(options.path);
    this.#now = options.now ?? (() => new Date());
    this.#db.pragma('journal_mode = WAL');
    // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose the last commits.
    this.#db.pragma('synchronous = NORMAL');
    this.#db.pragma('foreign_keys = ON');
    this.#db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
    // Reads map the file instead of copying each page through a read call. Measured on the serve bench's desk
    // (100,000 articles, 1 GB), one article row by id at random: 11 µs user + 6 µs system -> 10 + 0.5 µs.
    this.#db.pragma(`mmap_size = ${MMAP_BYTES}`);
    this.#db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
  }

  async migrate(): Promise<void> {
    migrateSqlite(this.#db, sqliteMigrations, this.#now);
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }

  async upsertArticle(input: UpsertInput): Promise<UpsertResult> {
    const now = this.#now().toISOString();
    return this.#db.transaction(() => upsertSqlite(this.#db, input, now)).immediate();
  }

  async upsertArticles(inputs: readonly UpsertInput[]): Promise<(UpsertResult | Error)[]> {
    return upsertManySqlite(this.#db, inputs, this.#now().toISOString());
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = prepared<[string], StoredRow>(this.#db, GET_ARTICLE_SQL).get(id);
    return row ? toStored(row) : null;
  }

  async articleIds(): Promise<string[]> {
    return prepared<[], { id: string }>(this.#db, 'SELECT id FROM articles ORDER BY seq')
      .all()
      .map((r) => r.id);
  }

  async getArticles(ids: readonly string[]): Promise<StoredArticle[]> {
    const byId = new Map<string, StoredArticle>();
    // Bound parameters are capped (32,766), so a long list is read in slices.
    for (let i = 0; i < ids.length; i += ID_BATCH) {
      const rows = prepared<[string], StoredRow & { id: string }>(
        this.#db,
        `SELECT id, ${STORED_COLUMNS} FROM articles WHERE id IN (SELECT value FROM json_each(?))`,
      ).all(JSON.stringify(ids.slice(i, i + ID_BATCH)));
      for (const row of rows) byId.set(row.id, toStored(row));
    }
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async findArticleId(url: string): Promise<string | null> {
    const normalized = normalizeUrl(url);
    const row = prepared<[string, string, string], { id: string }>(
      this.#db,
      'SELECT id FROM articles WHERE identity_key = ? OR canonical_url = ? OR url = ? LIMIT 1',
    ).get(normalized, normalized, normalized);
    return row?.id ?? null;
  }

  async listArticles(query: ListQuery): Promise<Page<ArticleSummary>> {
    const { limit, offset } = pageBounds(query.limit, query.offset);
    const clauses: string[] = [];
    const params: unknown[] = [];
    const add = (clause: string, value: unknown) => {
      clauses.push(clause);
      params.push(value);
    };
    if (query.outlet) add('a.outlet = ?', query.outlet);
    if (query.language) add('a.language = ?', query.language.toLowerCase());
    if (query.storyId) add('a.seq IN (SELECT article_seq FROM article_stories WHERE story_id = ?)', query.storyId);
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const rows = prepared<unknown[], SummaryRow>(
      this.#db,
      `SELECT ${SUMMARY_COLUMNS} FROM articles a ${where} ORDER BY ${ORDER} LIMIT ? OFFSET ?`,
    ).all(...params, limit, offset);
    const total = prepared<unknown[], { n: number }>(this.#db, `SELECT count(*) AS n FROM articles a ${where}`).get(
      ...params,
    );
    return { items: rows.map(toSummary), total: total?.n ?? 0 };
  }

  async search(query: SearchQuery): Promise<Page<SearchHit>> {
    return searchSqlite(this.#db, query, this.#now().toISOString().slice(0, 10));
  }

  async outlets(): Promise<OutletCount[]> {
    return prepared<[], OutletCount>(
      this.#db,
      'SELECT outlet, count(*) AS count FROM articles GROUP BY outlet ORDER BY count DESC, outlet',
    ).all();
  }

  async deleteArticle(id: string): Promise<boolean> {
    // Foreign keys cascade to the raw page, entities, attributions, sketch, rendered page and story filing.
    return prepared<[string], never>(this.#db, 'DELETE FROM articles WHERE id = ?').run(id).changes > 0;
  }

  async countArticles(): Promise<number> {
    return prepared<[], { n: number }>(this.#db, 'SELECT count(*) AS n FROM articles').get()?.n ?? 0;
  }

  async *rawPages(): AsyncIterable<{ id: string; raw: RawPage }> {
    let after = 0;
    for (;;) {
      const rows = prepared<[number, number], RawRow>(
        this.#db,
        `SELECT r.article_seq, a.id, r.source, r.url, r.content_type, r.headers_json, r.fetched_at, r.codec, r.bytes
         FROM raw_pages r JOIN articles a ON a.seq = r.article_seq
         WHERE r.article_seq > ? ORDER BY r.article_seq LIMIT ?`,
      ).all(after, RAW_BATCH);
      for (const row of rows) yield { id: row.id, raw: rawPageOfRow(row) };
      const last = rows.at(-1);
      if (!last || rows.length < RAW_BATCH) return;
      after = last.article_seq;
    }
  }

  async setAnalysis(id: string, analysis: Analysis): Promise<void> {
    this.#db.transaction(() => saveAnalysisSqlite(this.#db, this.#seqOf(id), analysis)).immediate();
  }

  async entity(kind: string, name: string): Promise<{ ref: EntityRef; articles: ArticleSummary[] } | null> {
    const key = nameKey(name);
    const names = prepared<[string, string], { name: string; n: number }>(
      this.#db,
      'SELECT name, count(*) AS n FROM article_entities WHERE key = ? AND kind = ? GROUP BY name ORDER BY n DESC, name',
    ).all(key, kind);
    const top = names[0];
    if (!top) return null;
    const articles = prepared<[string, string, number], SummaryRow>(
      this.#db,
      `SELECT ${SUMMARY_COLUMNS} FROM article_entities e JOIN articles a ON a.seq = e.article_seq
       WHERE e.key = ? AND e.kind = ? ORDER BY ${ORDER} LIMIT ?`,
    ).all(key, kind, MAX_ENTITY_ARTICLES);
    const articleCount = names.reduce((sum, row) => sum + row.n, 0);
    return { ref: { kind, name: top.name, articleCount }, articles: articles.map(toSummary) };
  }

  async saveStory(story: Story): Promise<void> {
    prepared(
      this.#db,
      `INSERT INTO stories (id, title, first_seen, last_updated, saved_at, story_json) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET title = excluded.title, first_seen = excluded.first_seen,
         last_updated = excluded.last_updated, saved_at = excluded.saved_at, story_json = excluded.story_json`,
    ).run(story.id, story.title, story.firstSeen, story.lastUpdated, this.#now().toISOString(), JSON.stringify(story));
  }

  async getStory(id: string): Promise<Story | null> {
    const row = prepared<[string], { story_json: string }>(this.#db, 'SELECT story_json FROM stories WHERE id = ?').get(
      id,
    );
    return row ? (JSON.parse(row.story_json) as Story) : null;
  }

  async listStories(limit: number, offset = 0): Promise<Story[]> {
    const bounds = pageBounds(limit, offset);
    const rows = prepared<[number, number], { story_json: string }>(
      this.#db,
      // A story no article points at any more (merged away, or re-identified when the desk rebuilt) is not listed.
      `SELECT story_json FROM stories s WHERE ${LISTED_STORY} ` +
        'ORDER BY last_updated DESC, saved_at DESC, id LIMIT ? OFFSET ?',
    ).all(bounds.limit, bounds.offset);
    return rows.map((row) => JSON.parse(row.story_json) as Story);
  }

  async countStories(): Promise<number> {
    const row = prepared<[], { n: number }>(
      this.#db,
      `SELECT count(*) AS n FROM stories s WHERE ${LISTED_STORY}`,
    ).get();
    return row?.n ?? 0;
  }

  async deleteStory(id: string): Promise<void> {
    prepared(this.#db, 'DELETE FROM stories WHERE id = ?').run(id);
  }

  async setSketch(articleId: string, sketch: string): Promise<void> {
    this.#setSketch(articleId, sketch);
  }

  async setSketches(rows: readonly SketchRow[]): Promise<void> {
    if (!rows.length) return; // no write lock taken for nothing
    // One transaction: outside one, each statement commits on its own (the desk's first start paid ~0.2 ms each).
    this.#db.transaction(() => rows.forEach((r) => this.#setSketch(r.articleId, r.sketch))).immediate();
  }

  #setSketch(articleId: string, sketch: string): void {
    const result = prepared<[string, string]>(
      this.#db,
      `INSERT INTO article_sketches (article_id, content_hash, sketch)
       SELECT id, content_hash, ? FROM articles WHERE id = ?
       ON CONFLICT (article_id) DO UPDATE SET content_hash = excluded.content_hash, sketch = excluded.sketch`,
    ).run(sketch, articleId);
    if (result.changes === 0) throw new Error(`store: no article ${JSON.stringify(articleId)} to keep a sketch for`);
  }

  async sketches(): Promise<Map<string, string>> {
    const rows = prepared<[], { article_id: string; sketch: string }>(
      this.#db,
      `SELECT s.article_id, s.sketch FROM article_sketches s
       JOIN articles a ON a.id = s.article_id AND a.content_hash = s.content_hash`,
    ).all();
    return new Map(rows.map((r) => [r.article_id, r.sketch]));
  }

  async setStory(articleId: string, storyId: string | null, duplicateOf?: string | null): Promise<void> {
    const result =
      duplicateOf === undefined
        ? prepared(this.#db, FILE_STORY_SQL).run(storyId, articleId)
        : prepared(this.#db, FILE_SQL).run(storyId, duplicateOf, articleId);
    if (result.changes === 0) throw new Error(`store: no article with id "${articleId}"`);
  }

  async setStories(filings: readonly StoryFiling[]): Promise<void> {
    if (!filings.length) return;
    const file = prepared<[string | null, string | null, string]>(this.#db, FILE_SQL);
    this.#db
      .transaction(() => {
        for (const f of filings)
          if (file.run(f.storyId, f.duplicateOf, f.articleId).changes === 0)
            throw new Error(`store: no article with id "${f.articleId}"`);
      })
      .immediate();
  }

  async articlePage(id: string, renderKey: string): Promise<ArticlePageLookup | null> {
    return readArticlePage(this.#db, id, renderKey);
  }

  async putArticlePages(pages: readonly ArticlePageWrite[]): Promise<number> {
    return writeArticlePages(this.#db, pages);
  }

  async unrenderedArticles(renderKey: string, limit: number, from?: string): Promise<UnrenderedStep> {
    return unrenderedArticles(this.#db, renderKey, limit, from);
  }

  async addFeed(url: string, title?: string | null): Promise<void> {
    prepared(
      this.#db,
      `INSERT INTO feeds (url, title, added_at) VALUES (?, ?, ?)
       ON CONFLICT (url) DO UPDATE SET title = coalesce(excluded.title, feeds.title)`,
    ).run(url, title ?? null, this.#now().toISOString());
  }

  async removeFeed(url: string): Promise<boolean> {
    return prepared(this.#db, 'DELETE FROM feeds WHERE url = ?').run(url).changes > 0;
  }

  async listFeeds(): Promise<FeedSubscription[]> {
    return prepared<[], FeedRow>(this.#db, LIST_FEEDS_SQL).all().map(feedOfRow);
  }

  async updateFeed(url: string, patch: Partial<Omit<FeedSubscription, 'url'>>): Promise<void> {
    const sets: string[] = [];
    const params: unknown[] = [];
    for (const [field, column] of FEED_COLUMNS) {
      if (patch[field] === undefined) continue;
      sets.push(`${column} = ?`);
      params.push(patch[field]);
    }
    if (sets.length === 0) return;
    prepared(this.#db, `UPDATE feeds SET ${sets.join(', ')} WHERE url = ?`).run(...params, url);
  }

  #seqOf(id: string): number {
    const row = prepared<[string], { seq: number }>(this.#db, 'SELECT seq FROM articles WHERE id = ?').get(id);
    if (!row) throw new Error(`store: no article with id "${id}"`);
    return row.seq;
  }
}

interface RawRow extends RawPageRow {
  article_seq: number;
  id: string;
}
