import pg from 'pg';
import type { Analysis, Story } from '../../vocabulary.js';
import { normalizeUrl } from '../identity.js';
import { nameKey } from '../name-key.js';
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
import { checkedSchema, postgresConnection } from './connection.js';
import { migratePostgres } from './migrate.js';
import { inTransaction } from './transaction.js';
import { postgresMigrations } from './migrations.js';
import { readArticlePage, unrenderedArticles, writeArticlePages } from './postgres-pages.js';
import { searchPostgres } from './postgres-search.js';
import { saveAnalysisPostgres, upsertPostgres } from './postgres-upsert.js';

export interface PostgresStoreOptions {
  /** A connection string: postgres://user@host:port/db */
  url: string;
  /** A schema to keep every table in (created by migrate); default: the server's search_path. */
  schema?: string;
  now?: () => Date;
  /** Pool size (default 10). */
  maxConnections?: number;
}

const ORDER = 'a.published_utc DESC NULLS LAST, a.ingested_at DESC, a.seq DESC';
const RAW_BATCH = 50;
const MAX_ENTITY_ARTICLES = 200;
// unique_violation and serialization/deadlock failures: a concurrent writer won a race; the upsert is retried.
const RETRYABLE = new Set(['23505', '40001', '40P01']);
const MAX_ATTEMPTS = 4;

/** The scale-out store: PostgreSQL with a GIN-indexed tsvector for search. */
export class PostgresStore implements Store {
  readonly #pool: pg.Pool;
  readonly #schema: string | null;
  readonly #now: () => Date;

  constructor(options: PostgresStoreOptions) {
    this.#schema = checkedSchema(options.schema, 'store');
    this.#now = options.now ?? (() => new Date());
    this.#pool = new pg.Pool({ ...postgresConnection(options.url, this.#schema), max: options.maxConnections ?? 10 });
    // An idle client losing its server must not crash the process; the next query reports the failure.
    this.#pool.on('error', () => undefined);
  }

  async migrate(): Promise<void> {
    await migratePostgres(this.#pool, this.#schema, postgresMigrations, this.#now);
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }

  async upsertArticle(input: UpsertInput): Promise<UpsertResult> {
    const now = this.#now().toISOString();
    return this.#transaction((client) => upsertPostgres(client, input, now));
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const { rows } = await this.#pool.query<StoredRow>(`SELECT ${STORED_COLUMNS} FROM articles WHERE id = $1`, [id]);
    return rows[0] ? toStored(rows[0]) : null;
  }

  async articleIds(): Promise<string[]> {
    const { rows } = await this.#pool.query<{ id: string }>('SELECT id FROM articles ORDER BY seq');
    return rows.map((r) => r.id);
  }

  async getArticles(ids: readonly string[]): Promise<StoredArticle[]> {
    if (!ids.length) return [];
    const { rows } = await this.#pool.query<StoredRow & { id: string }>(
      `SELECT id, ${STORED_COLUMNS} FROM articles WHERE id = ANY($1::text[])`,
      [ids],
    );
    const byId = new Map(rows.map((row) => [row.id, toStored(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async findArticleId(url: string): Promise<string | null> {
    const { rows } = await this.#pool.query<{ id: string }>(
      'SELECT id FROM articles WHERE identity_key = $1 OR canonical_url = $1 OR url = $1 LIMIT 1',
      [normalizeUrl(url)],
    );
    return rows[0]?.id ?? null;
  }

  async listArticles(query: ListQuery): Promise<Page<ArticleSummary>> {
    const { limit, offset } = pageBounds(query.limit, query.offset);
    const clauses: string[] = [];
    const params: unknown[] = [];
    const add = (clause: (param: string) => string, value: unknown) => {
      params.push(value);
      clauses.push(clause(`$${params.length}`));
    };
    if (query.outlet) add((p) => `a.outlet = ${p}`, query.outlet);
    if (query.language) add((p) => `a.language = ${p}`, query.language.toLowerCase());
    if (query.storyId)
      add((p) => `a.seq IN (SELECT article_seq FROM article_stories WHERE story_id = ${p})`, query.storyId);
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const n = params.length;
    const [page, total] = await Promise.all([
      this.#pool.query<SummaryRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM articles a ${where} ORDER BY ${ORDER} LIMIT $${n + 1} OFFSET $${n + 2}`,
        [...params, limit, offset],
      ),
      this.#pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM articles a ${where}`, params),
    ]);
    return { items: page.rows.map(toSummary), total: total.rows[0]?.n ?? 0 };
  }

  async search(query: SearchQuery): Promise<Page<SearchHit>> {
    return searchPostgres(this.#pool, query);
  }

  async outlets(): Promise<OutletCount[]> {
    const { rows } = await this.#pool.query<OutletCount>(
      'SELECT outlet, count(*)::int AS count FROM articles GROUP BY outlet ORDER BY count DESC, outlet',
    );
    return rows;
  }

  async deleteArticle(id: string): Promise<boolean> {
    // Foreign keys cascade to the raw page, entities, attributions, sketch, rendered page and story filing.
    const { rowCount } = await this.#pool.query('DELETE FROM articles WHERE id = $1', [id]);
    return (rowCount ?? 0) > 0;
  }

  async countArticles(): Promise<number> {
    const { rows } = await this.#pool.query<{ n: number }>('SELECT count(*)::int AS n FROM articles');
    return rows[0]?.n ?? 0;
  }

  async *rawPages(): AsyncIterable<{ id: string; raw: RawPage }> {
    let after = '0';
    for (;;) {
      const { rows } = await this.#pool.query<RawRow>(
        `SELECT r.article_seq, a.id, r.source, r.url, r.content_type, r.headers_json, r.fetched_at, r.codec, r.bytes
         FROM raw_pages r JOIN articles a ON a.seq = r.article_seq
         WHERE r.article_seq > $1 ORDER BY r.article_seq LIMIT $2`,
        [after, RAW_BATCH],
      );
      for (const row of rows) yield { id: row.id, raw: rawPageOfRow(row) };
      const last = rows.at(-1);
      if (!last || rows.length < RAW_BATCH) return;
      after = last.article_seq;
    }
  }

  async setAnalysis(id: string, analysis: Analysis): Promise<void> {
    await this.#transaction(async (client) => {
      const { rows } = await client.query<{ seq: string }>('SELECT seq FROM articles WHERE id = $1 FOR UPDATE', [id]);
      if (!rows[0]) throw new Error(`store: no article with id "${id}"`);
      await saveAnalysisPostgres(client, rows[0].seq, analysis);
    });
  }

  async entity(kind: string, name: string): Promise<{ ref: EntityRef; articles: ArticleSummary[] } | null> {
    const key = nameKey(name);
    const names = await this.#pool.query<{ name: string; n: number }>(
      `SELECT name, count(*)::int AS n FROM article_entities WHERE key = $1 AND kind = $2
       GROUP BY name ORDER BY n DESC, name`,
      [key, kind],
    );
    const top = names.rows[0];
    if (!top) return null;
    const articles = await this.#pool.query<SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM article_entities e JOIN articles a ON a.seq = e.article_seq
       WHERE e.key = $1 AND e.kind = $2 ORDER BY ${ORDER} LIMIT $3`,
      [key, kind, MAX_ENTITY_ARTICLES],
    );
    const articleCount = names.rows.reduce((sum, row) => sum + row.n, 0);
    return { ref: { kind, name: top.name, articleCount }, articles: articles.rows.map(toSummary) };
  }

  async saveStory(story: Story): Promise<void> {
    await this.#pool.query(
      `INSERT INTO stories (id, title, first_seen, last_updated, saved_at, story_json) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE SET title = excluded.title, first_seen = excluded.first_seen,
         last_updated = excluded.last_updated, saved_at = excluded.saved_at, story_json = excluded.story_json`,
      [story.id, story.title, story.firstSeen, story.lastUpdated, this.#now().toISOString(), JSON.stringify(story)],
    );
  }

  async getStory(id: string): Promise<Story | null> {
    const { rows } = await this.#pool.query<{ story_json: string }>('SELECT story_json FROM stories WHERE id = $1', [
      id,
    ]);
    return rows[0] ? (JSON.parse(rows[0].story_json) as Story) : null;
  }

  async listStories(limit: number, offset = 0): Promise<Story[]> {
    const bounds = pageBounds(limit, offset);
    const { rows } = await this.#pool.query<{ story_json: string }>(
      // A story no article points at any more (merged away, or re-identified when the desk rebuilt) is not listed.
      `SELECT story_json FROM stories s WHERE ${LISTED_STORY} ` +
        'ORDER BY last_updated DESC NULLS LAST, saved_at DESC, id LIMIT $1 OFFSET $2',
      [bounds.limit, bounds.offset],
    );
    return rows.map((row) => JSON.parse(row.story_json) as Story);
  }

  async countStories(): Promise<number> {
    const { rows } = await this.#pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM stories s WHERE ${LISTED_STORY}`,
    );
    return rows[0]?.n ?? 0;
  }

  async deleteStory(id: string): Promise<void> {
    await this.#pool.query('DELETE FROM stories WHERE id = $1', [id]);
  }

  async setSketch(articleId: string, sketch: string): Promise<void> {
    const result = await this.#pool.query(
      `INSERT INTO article_sketches (article_id, content_hash, sketch)
       SELECT id, content_hash, $1 FROM articles WHERE id = $2
       ON CONFLICT (article_id) DO UPDATE SET content_hash = excluded.content_hash, sketch = excluded.sketch`,
      [sketch, articleId],
    );
    if (result.rowCount === 0) throw new Error(`store: no article ${JSON.stringify(articleId)} to keep a sketch for`);
  }

  async setSketches(rows: readonly SketchRow[]): Promise<void> {
    // One statement over arrays rather than a round trip per article; the last row of an id wins, since one
    // INSERT … ON CONFLICT may not touch a row twice.
    const last = new Map(rows.map((r) => [r.articleId, r.sketch]));
    if (!last.size) return;
    const ids = [...last.keys()];
    await this.#transaction(async (client) => {
      const written = await client.query<{ article_id: string }>(
        `INSERT INTO article_sketches (article_id, content_hash, sketch)
         SELECT a.id, a.content_hash, s.sketch FROM unnest($1::text[], $2::text[]) AS s(id, sketch)
         JOIN articles a ON a.id = s.id
         ON CONFLICT (article_id) DO UPDATE SET content_hash = excluded.content_hash, sketch = excluded.sketch
         RETURNING article_id`,
        [ids, [...last.values()]],
      );
      const missing = unwritten(
        ids,
        written.rows.map((r) => r.article_id),
      );
      if (missing) throw new Error(`store: no article ${JSON.stringify(missing)} to keep a sketch for`);
    });
  }

  async sketches(): Promise<Map<string, string>> {
    const { rows } = await this.#pool.query<{ article_id: string; sketch: string }>(
      `SELECT s.article_id, s.sketch FROM article_sketches s
       JOIN articles a ON a.id = s.article_id AND a.content_hash = s.content_hash`,
    );
    return new Map(rows.map((r) => [r.article_id, r.sketch]));
  }

  async setStory(articleId: string, storyId: string | null, duplicateOf?: string | null): Promise<void> {
    // The filing's own small row, never the article's (migration 13).
    const result =
      duplicateOf === undefined
        ? await this.#pool.query(
            `INSERT INTO article_stories (article_seq, story_id) SELECT seq, $1::text FROM articles WHERE id = $2
             ON CONFLICT (article_seq) DO UPDATE SET story_id = excluded.story_id`,
            [storyId, articleId],
          )
        : await this.#pool.query(
            `INSERT INTO article_stories (article_seq, story_id, duplicate_of) SELECT seq, $1::text, $2::text FROM articles
             WHERE id = $3
             ON CONFLICT (article_seq) DO UPDATE SET story_id = excluded.story_id, duplicate_of = excluded.duplicate_of`,
            [storyId, duplicateOf, articleId],
          );
    if (!result.rowCount) throw new Error(`store: no article with id "${articleId}"`);
  }

  async setStories(filings: readonly StoryFiling[]): Promise<void> {
    // One statement over arrays; the last filing of an id wins, since one INSERT … ON CONFLICT may not touch a
    // row twice.
    const last = new Map(filings.map((f) => [f.articleId, f]));
    if (!last.size) return;
    const ids = [...last.keys()];
    const values = [...last.values()];
    await this.#transaction(async (client) => {
      const written = await client.query<{ id: string }>(
        `WITH f AS (
           SELECT a.seq, a.id, f.story_id, f.duplicate_of
           FROM unnest($1::text[], $2::text[], $3::text[]) AS f(id, story_id, duplicate_of)
           JOIN articles a ON a.id = f.id
         ), w AS (
           INSERT INTO article_stories (article_seq, story_id, duplicate_of) SELECT seq, story_id, duplicate_of FROM f
           ON CONFLICT (article_seq) DO UPDATE SET story_id = excluded.story_id, duplicate_of = excluded.duplicate_of
           RETURNING article_seq
         )
         SELECT f.id FROM f JOIN w ON w.article_seq = f.seq`,
        [ids, values.map((f) => f.storyId), values.map((f) => f.duplicateOf)],
      );
      const missing = unwritten(
        ids,
        written.rows.map((r) => r.id),
      );
      if (missing) throw new Error(`store: no article with id "${missing}"`);
    });
  }

  async articlePage(id: string, renderKey: string): Promise<ArticlePageLookup | null> {
    return readArticlePage(this.#pool, id, renderKey);
  }

  async putArticlePages(pages: readonly ArticlePageWrite[]): Promise<number> {
    return writeArticlePages(this.#pool, pages);
  }

  async unrenderedArticles(renderKey: string, limit: number, from?: string): Promise<UnrenderedStep> {
    return unrenderedArticles(this.#pool, renderKey, limit, from);
  }

  async addFeed(url: string, title?: string | null): Promise<void> {
    await this.#pool.query(
      `INSERT INTO feeds (url, title, added_at) VALUES ($1, $2, $3)
       ON CONFLICT (url) DO UPDATE SET title = coalesce(excluded.title, feeds.title)`,
      [url, title ?? null, this.#now().toISOString()],
    );
  }

  async removeFeed(url: string): Promise<boolean> {
    const result = await this.#pool.query('DELETE FROM feeds WHERE url = $1', [url]);
    return (result.rowCount ?? 0) > 0;
  }

  async listFeeds(): Promise<FeedSubscription[]> {
    const { rows } = await this.#pool.query<FeedRow>(LIST_FEEDS_SQL);
    return rows.map(feedOfRow);
  }

  async updateFeed(url: string, patch: Partial<Omit<FeedSubscription, 'url'>>): Promise<void> {
    const sets: string[] = [];
    const params: unknown[] = [];
    for (const [field, column] of FEED_COLUMNS) {
      if (patch[field] === undefined) continue;
      params.push(patch[field]);
      sets.push(`${column} = $${params.length}`);
    }
    if (sets.length === 0) return;
    await this.#pool.query(`UPDATE feeds SET ${sets.join(', ')} WHERE url = $${params.length + 1}`, [...params, url]);
  }

  /** Runs `work` in a transaction, retrying when a concurrent writer won a race on the same rows. */
  async #transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await inTransaction(this.#pool, work);
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (attempt >= MAX_ATTEMPTS || !code || !RETRYABLE.has(code)) throw error;
      }
    }
  }
}

/** The first of `ids` a statement did not write (its article is unknown), or null when it wrote them all. */
function unwritten(ids: readonly string[], written: readonly string[]): string | null {
  if (written.length === ids.length) return null;
  const done = new Set(written);
  return ids.find((id) => !done.has(id)) ?? null;
}

interface RawRow extends RawPageRow {
  article_seq: string;
  id: string;
}
