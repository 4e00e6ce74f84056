import type pg from 'pg';
import type { Analysis } from '../../vocabulary.js';
import { analysisRows } from '../analysis-rows.js';
import { articleColumns } from '../article-columns.js';
import { idForIdentity } from '../identity.js';
import type { RawPage, UpsertInput, UpsertResult } from '../port.js';
import { RAW_PAGE_COLUMNS, rawPageParams } from '../raw-codec.js';
import { filingColumn, isoOf } from '../summary-row.js';

interface ExistingRow {
  seq: string;
  id: string;
  content_hash: string;
  ingested_at: string | Date;
  story_id: string | null;
  duplicate_of: string | null;
}

const KEEP = Symbol('keep the stored analysis');

/**
 * Inserts or updates an article by identity inside the caller's transaction. The row is locked before it is
 * changed; a concurrent first insert of the same identity is caught by the unique key and becomes an update.
 * The analysis JSON goes in with the row: a second UPDATE for it wrote a second version of the row, and
 * PostgreSQL computes the stored generated columns again on every UPDATE (the search tsvector of the whole body).
 */
export async function upsertPostgres(client: pg.ClientBase, input: UpsertInput, now: string): Promise<UpsertResult> {
  const cols = articleColumns(input.article, input.source);
  const values = [
    cols.identityKey,
    cols.url,
    cols.canonicalUrl,
    cols.contentHash,
    input.source,
    cols.outlet,
    cols.language,
    cols.title,
    cols.description,
    cols.authorsText,
    JSON.stringify(input.article.authors),
    cols.bodyText,
    input.article.leadImage?.url ?? null,
    input.article.publishedAt,
    cols.publishedUtc,
    cols.publishedDay,
    now,
  ];
  let existing = await lockExisting(client, cols.identityKey, cols.formerIdentityKey);
  if (!existing) {
    const id = await freshId(client, input.article.id, cols.identityKey);
    const analysis = input.analysis ?? null;
    const article = { ...input.article, id };
    const inserted = await client.query<{ seq: string }>(
      `INSERT INTO articles (identity_key, url, canonical_url, content_hash, source, outlet, language, title,
         description, authors_text, authors_json, body_text, lead_image_url, published_at, published_utc,
         published_day, ingested_at, updated_at, id, article_json, analysis_json)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17, $18, $19, $20)
       ON CONFLICT (identity_key) DO NOTHING RETURNING seq`,
      [...values, id, JSON.stringify(article), analysis ? JSON.stringify(analysis) : null],
    );
    if (inserted.rows[0]) {
      const seq = inserted.rows[0].seq;
      // A new row has no side rows yet.
      await insertSideRows(client, seq, analysis);
      if (input.raw) await saveRawPostgres(client, seq, input.raw);
      const stored = { article, analysis, outlet: cols.outlet, source: input.source, ingestedAt: now, updatedAt: now };
      return { id, created: true, stored: { ...stored, storyId: null, duplicateOf: null } };
    }
    // Another transaction inserted this identity first and has committed: update its row instead.
    existing = await lockExisting(client, cols.identityKey, null);
    if (!existing) throw new Error('store: article identity vanished during upsert');
  }
  const { id, seq } = existing;
  // The analysis this row will have: the new one, none when the body changed under a kept one, else the kept one.
  const analysis =
    input.analysis !== undefined ? input.analysis : existing.content_hash !== cols.contentHash ? null : KEEP;
  const article = { ...input.article, id };
  const params = [...values, JSON.stringify(article), seq];
  await client.query(
    `UPDATE articles SET identity_key = $1, url = $2, canonical_url = $3, content_hash = $4, source = $5,
       outlet = $6, language = $7, title = $8, description = $9, authors_text = $10, authors_json = $11,
       body_text = $12, lead_image_url = $13, published_at = $14, published_utc = $15, published_day = $16,
       updated_at = $17, article_json = $18${analysis === KEEP ? '' : ', analysis_json = $20'}
     WHERE seq = $19`,
    analysis === KEEP ? params : [...params, analysis ? JSON.stringify(analysis) : null],
  );
  if (analysis !== KEEP) await replaceSideRows(client, seq, analysis);
  if (input.raw) await saveRawPostgres(client, seq, input.raw);
  if (analysis === KEEP) return { id, created: false };
  // What getArticle would now read back, from hand: the story desk places it without reading it again.
  const stored = {
    article,
    analysis,
    outlet: cols.outlet,
    source: input.source,
    ingestedAt: isoOf(existing.ingested_at),
    updatedAt: now,
    storyId: existing.story_id,
    duplicateOf: existing.duplicate_of,
  };
  return { id, created: false, stored };
}

/** Replaces an article's analysis and the side rows derived from it (caller holds a transaction). */
export async function saveAnalysisPostgres(
  client: pg.ClientBase,
  seq: string,
  analysis: Analysis | null,
): Promise<void> {
  await client.query('UPDATE articles SET analysis_json = $1 WHERE seq = $2', [
    analysis ? JSON.stringify(analysis) : null,
    seq,
  ]);
  await replaceSideRows(client, seq, analysis);
}

/** An article's entity and speaker rows, in place of the ones it had. */
async function replaceSideRows(client: pg.ClientBase, seq: string, analysis: Analysis | null): Promise<void> {
  await client.query('DELETE FROM article_entities WHERE article_seq = $1', [seq]);
  await client.query('DELETE FROM article_attributions WHERE article_seq = $1', [seq]);
  await insertSideRows(client, seq, analysis);
}

/** An article's entity and speaker rows, to a row that has none. */
async function insertSideRows(client: pg.ClientBase, seq: string, analysis: Analysis | null): Promise<void> {
  const rows = analysisRows(analysis);
  if (rows.entities.length) {
    await client.query(
      `INSERT INTO article_entities (key, kind, article_seq, name)
       SELECT k, kind, $3, n FROM unnest($1::text[], $2::text[], $4::text[]) AS t (k, kind, n)`,
      [rows.entities.map((r) => r.key), rows.entities.map((r) => r.kind), seq, rows.entities.map((r) => r.name)],
    );
  }
  if (rows.speakers.length) {
    await client.query(
      `INSERT INTO article_attributions (key, article_seq, name)
       SELECT k, $2, n FROM unnest($1::text[], $3::text[]) AS t (k, n)`,
      [rows.speakers.map((r) => r.key), seq, rows.speakers.map((r) => r.name)],
    );
  }
}

async function saveRawPostgres(client: pg.ClientBase, seq: string, raw: RawPage): Promise<void> {
  await client.query(
    `INSERT INTO raw_pages (article_seq, ${RAW_PAGE_COLUMNS})
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (article_seq) DO UPDATE SET source = excluded.source, url = excluded.url,
       content_type = excluded.content_type, headers_json = excluded.headers_json, fetched_at = excluded.fetched_at,
       codec = excluded.codec, size = excluded.size, bytes = excluded.bytes`,
    [seq, ...rawPageParams(raw)],
  );
}

async function lockExisting(
  client: pg.ClientBase,
  key: string,
  formerKey: string | null,
): Promise<ExistingRow | undefined> {
  const sql = `SELECT seq, id, content_hash, ingested_at, ${filingColumn('story_id', 'articles')},
      ${filingColumn('duplicate_of', 'articles')} FROM articles WHERE identity_key = $1 FOR UPDATE`;
  const byKey = await client.query<ExistingRow>(sql, [key]);
  if (byKey.rows[0] || !formerKey) return byKey.rows[0];
  return (await client.query<ExistingRow>(sql, [formerKey])).rows[0];
}

async function freshId(client: pg.ClientBase, wanted: string, key: string): Promise<string> {
  if (!wanted) return idForIdentity(key);
  const taken = await client.query('SELECT 1 FROM articles WHERE id = $1', [wanted]);
  return taken.rowCount ? idForIdentity(key) : wanted;
}
