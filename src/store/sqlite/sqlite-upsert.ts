import type Database from 'better-sqlite3';
import type { Analysis } from '../../vocabulary.js';
import { analysisRows, type AnalysisRows, type EntityRow, type SpeakerRow } from '../analysis-rows.js';
import { articleColumns } from '../article-columns.js';
import { formerIdentityKey, identityKey, idForIdentity } from '../identity.js';
import type { RawPage, StoredArticle, UpsertInput, UpsertResult } from '../port.js';
import { RAW_PAGE_COLUMNS, rawPageParams } from '../raw-codec.js';
import { filingColumn } from '../summary-row.js';
import { facetsText } from './facets.js';
import { prepared } from './statements.js';

const KEEP = Symbol('keep the stored analysis');

interface ExistingRow {
  seq: number;
  id: string;
  content_hash: string;
  ingested_at: string;
  story_id: string | null;
  duplicate_of: string | null;
}

/**
 * New rows wait for their full-text entries until the transaction's last statement (`indexPending`), so FTS5
 * writes one index segment per transaction. An AFTER INSERT trigger (migrations 1-6) flushed FTS5's pending terms
 * as a segment per article: FTS5 writes them out at every savepoint, and each INSERT INTO articles (its triggers
 * and unique keys) and INSERT OR REPLACE INTO raw_pages opens a statement savepoint, as does the savepoint
 * per article of `upsertManySqlite`. Replaying an ingest's store and desk calls (86 Scrapinghub dev pages, 4 a
 * commit), the full-text work cost about 0.9 ms a page that way against 0.5 batched.
 */
interface PendingIndex {
  /** Rows inserted but not yet in articles_fts. */
  seqs: number[];
  /** Their identity keys: an upsert that finds one of them updates it, and the update trigger needs it indexed. */
  keys: Set<string>;
  /** The side rows' [filter, name key] pairs, in the order they were written, for `name_keys`. */
  names: NameKeyPair[];
}

/** A filter of name_keys ('about', 'place' or 'speaker') and a name key. */
type NameKeyPair = [string, string];

const newPending = (): PendingIndex => ({ seqs: [], keys: new Set(), names: [] });

/**
 * Writes the full-text entries of the rows inserted since the last call, in one statement, and the name keys
 * their side rows brought (`writeNameKeys`).
 */
function indexPending(db: Database.Database, pending: PendingIndex): void {
  writeNameKeys(db, pending.names);
  pending.names = [];
  if (!pending.seqs.length) return;
  prepared(
    db,
    `INSERT INTO articles_fts (rowid, title, description, body_text, authors_text, facets)
     SELECT seq, title, description, body_text, authors_text, facets FROM articles
     WHERE seq IN (SELECT value FROM json_each(?))`,
  ).run(JSON.stringify(pending.seqs));
  pending.seqs = [];
  pending.keys.clear();
}

/**
 * Adds the name keys not yet in `name_keys` (migration 8), in one statement for a transaction's side rows. Triggers
 * on the side tables added them a row at a time (migration 9 drops them), and each new key's FTS5 entry went out
 * as an index segment of its own at the next statement's savepoint: 0.9 ms of CPU a page storing the 86 Scrapinghub
 * development pages into a new desk (24 entity and 6 speaker rows each, most keys new). Pairs go in the order the
 * triggers inserted them, so keys get the same ids (candidates are read in id order, up to a cap).
 */
function writeNameKeys(db: Database.Database, names: readonly NameKeyPair[]): void {
  if (!names.length) return;
  prepared(
    db,
    `INSERT OR IGNORE INTO name_keys (facet, key)
     SELECT j.value ->> 0, j.value ->> 1 FROM json_each(?) AS j ORDER BY j.key`,
  ).run(JSON.stringify(names));
}

/** Inserts or updates an article by identity, with its analysis side rows, raw page and full-text entry. */
export function upsertSqlite(db: Database.Database, input: UpsertInput, now: string): UpsertResult {
  const pending = newPending();
  const result = writeArticle(db, input, now, pending);
  indexPending(db, pending);
  return result;
}

/** Upserts an article; a row it inserts is left in `pending` for `indexPending`. */
function writeArticle(db: Database.Database, input: UpsertInput, now: string, pending: PendingIndex): UpsertResult {
  const cols = articleColumns(input.article, input.source);
  const byKey = prepared<[string], ExistingRow>(
    db,
    `SELECT seq, id, content_hash, ingested_at, ${filingColumn('story_id', 'articles')},
       ${filingColumn('duplicate_of', 'articles')} FROM articles WHERE identity_key = ?`,
  );
  const existing =
    byKey.get(cols.identityKey) ?? (cols.formerIdentityKey ? byKey.get(cols.formerIdentityKey) : undefined);
  const id = existing?.id ?? freshId(db, input.article.id, cols.identityKey);
  // The analysis this row will have: the new one, none when the body changed under a kept one, else the kept one.
  const analysis =
    input.analysis !== undefined
      ? input.analysis
      : existing && existing.content_hash !== cols.contentHash
        ? null
        : KEEP;
  const rows =
    analysis === KEEP ? (existing ? storedRows(db, existing.seq) : analysisRows(null)) : analysisRows(analysis);
  const article = { ...input.article, id };
  const articleJson = JSON.stringify(article);
  const values = {
    id,
    identity_key: cols.identityKey,
    url: cols.url,
    canonical_url: cols.canonicalUrl,
    content_hash: cols.contentHash,
    source: input.source,
    outlet: cols.outlet,
    language: cols.language,
    title: cols.title,
    description: cols.description,
    authors_text: cols.authorsText,
    authors_json: JSON.stringify(input.article.authors),
    body_text: cols.bodyText,
    lead_image_url: input.article.leadImage?.url ?? null,
    published_at: input.article.publishedAt,
    published_utc: cols.publishedUtc,
    published_day: cols.publishedDay,
    now,
    article_json: articleJson,
    facets: facetsText({
      outlet: cols.outlet,
      language: cols.language,
      // The same day as the filter_day column computes: printed day, else ingest day.
      day: cols.publishedDay ?? (existing?.ingested_at ?? now).slice(0, 10),
      ...rows,
    }),
  };
  // The analysis JSON goes in with the row: a second UPDATE for it rewrote the whole row (body, article JSON and
  // all, over several overflow pages) a second time.
  const analysisJson = analysis === KEEP || analysis === null ? null : JSON.stringify(analysis);
  let seq: number;
  if (existing) {
    prepared(
      db,
      `UPDATE articles SET identity_key = @identity_key, url = @url, canonical_url = @canonical_url,
        content_hash = @content_hash, source = @source, outlet = @outlet, language = @language, title = @title,
        description = @description, authors_text = @authors_text, authors_json = @authors_json,
        body_text = @body_text, lead_image_url = @lead_image_url, published_at = @published_at,
        published_utc = @published_utc, published_day = @published_day, updated_at = @now,
        article_json = @article_json, facets = @facets${analysis === KEEP ? '' : ', analysis_json = @analysis_json'}
      WHERE seq = @seq`,
    ).run(
      analysis === KEEP
        ? { ...values, seq: existing.seq }
        : { ...values, analysis_json: analysisJson, seq: existing.seq },
    );
    seq = existing.seq;
  } else {
    const result = prepared(
      db,
      `INSERT INTO articles (id, identity_key, url, canonical_url, content_hash, source, outlet, language, title,
          description, authors_text, authors_json, body_text, lead_image_url, published_at, published_utc,
          published_day, ingested_at, updated_at, article_json, facets, analysis_json)
        VALUES (@id, @identity_key, @url, @canonical_url, @content_hash, @source, @outlet, @language, @title,
          @description, @authors_text, @authors_json, @body_text, @lead_image_url, @published_at, @published_utc,
          @published_day, @now, @now, @article_json, @facets, @analysis_json)`,
    ).run({ ...values, analysis_json: analysisJson });
    seq = Number(result.lastInsertRowid);
    pending.seqs.push(seq);
    pending.keys.add(cols.identityKey);
  }
  // A new row has no side rows yet (they cascade away with a deleted article), so there is nothing to delete.
  if (analysis !== KEEP) writeSideRows(db, seq, rows, !!existing, pending.names);
  if (input.raw) saveRawSqlite(db, seq, input.raw);
  if (analysis === KEEP) return { id, created: !existing };
  // What getArticle would now read back, from hand: the story desk places it without parsing its JSON again.
  const stored: StoredArticle = {
    article,
    analysis,
    outlet: cols.outlet,
    source: input.source,
    ingestedAt: existing?.ingested_at ?? now,
    updatedAt: now,
    storyId: existing?.story_id ?? null,
    duplicateOf: existing?.duplicate_of ?? null,
  };
  return { id, created: !existing, stored };
}

/**
 * Several upserts in one transaction, each in a savepoint of its own: one that throws is rolled back alone and
 * comes back as its Error. A commit per article cost 2.3-3.4 ms of CPU per stored page, 1.75-1.84 ms in
 * commits of 8 (the 86 Scrapinghub development pages stored four times over): FTS5 writes a segment per
 * commit, and WAL frames of the same index pages are written once per commit.
 */
export function upsertManySqlite(
  db: Database.Database,
  inputs: readonly UpsertInput[],
  now: string,
): (UpsertResult | Error)[] {
  const pending = newPending();
  const one = db.transaction((input: UpsertInput, added: PendingIndex) => writeArticle(db, input, now, added));
  return db
    .transaction(() => {
      const results = inputs.map((input): UpsertResult | Error => {
        try {
          // An earlier input of this batch with the same identity is updated, and its full-text entry with it.
          if (pending.keys.size && sharesIdentity(input, pending.keys)) indexPending(db, pending);
          // Rows count as pending only once their savepoint is released: a rolled-back one left no row.
          const added = newPending();
          const result = one(input, added);
          pending.seqs.push(...added.seqs);
          for (const key of added.keys) pending.keys.add(key);
          pending.names.push(...added.names);
          return result;
        } catch (err) {
          return err instanceof Error ? err : new Error(String(err));
        }
      });
      indexPending(db, pending);
      return results;
    })
    .immediate();
}

/** Whether an upsert of `input` would find a row stored under one of `keys` (as `writeArticle` looks it up). */
function sharesIdentity(input: UpsertInput, keys: ReadonlySet<string>): boolean {
  const former = formerIdentityKey(input.article);
  return keys.has(identityKey(input.article)) || (former !== null && keys.has(former));
}

/** Replaces an article's analysis, the side rows derived from it and its search facets. */
export function saveAnalysisSqlite(db: Database.Database, seq: number, analysis: Analysis): void {
  const rows = analysisRows(analysis);
  const row = prepared<[number], { outlet: string; language: string | null; filter_day: string }>(
    db,
    'SELECT outlet, language, filter_day FROM articles WHERE seq = ?',
  ).get(seq);
  if (!row) throw new Error(`store: no article at seq ${seq}`);
  prepared(db, 'UPDATE articles SET facets = ? WHERE seq = ?').run(
    facetsText({ outlet: row.outlet, language: row.language, day: row.filter_day, ...rows }),
    seq,
  );
  prepared(db, 'UPDATE articles SET analysis_json = ? WHERE seq = ?').run(JSON.stringify(analysis), seq);
  const names: NameKeyPair[] = [];
  writeSideRows(db, seq, rows, true, names);
  writeNameKeys(db, names);
}

/**
 * An article's entity and speaker rows; `replace`: delete the ones it had first. The name keys they bring are
 * added to `names`, for `writeNameKeys`: every entity's under 'about', a place's under 'place' too, a speaker's
 * under 'speaker'.
 */
function writeSideRows(
  db: Database.Database,
  seq: number,
  rows: AnalysisRows,
  replace: boolean,
  names: NameKeyPair[],
): void {
  if (replace) {
    prepared(db, 'DELETE FROM article_entities WHERE article_seq = ?').run(seq);
    prepared(db, 'DELETE FROM article_attributions WHERE article_seq = ?').run(seq);
  }
  const entity = prepared(db, 'INSERT INTO article_entities (key, kind, article_seq, name) VALUES (?, ?, ?, ?)');
  for (const row of rows.entities) {
    entity.run(row.key, row.kind, seq, row.name);
    names.push(['about', row.key]);
    if (row.kind === 'place') names.push(['place', row.key]);
  }
  const speaker = prepared(db, 'INSERT INTO article_attributions (key, article_seq, name) VALUES (?, ?, ?)');
  for (const row of rows.speakers) {
    speaker.run(row.key, seq, row.name);
    names.push(['speaker', row.key]);
  }
}

function saveRawSqlite(db: Database.Database, seq: number, raw: RawPage): void {
  prepared(
    db,
    `INSERT OR REPLACE INTO raw_pages (article_seq, ${RAW_PAGE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(seq, ...rawPageParams(raw));
}

/** The side rows an article already has, for recomputing its facets when its analysis is kept. */
function storedRows(db: Database.Database, seq: number): AnalysisRows {
  return {
    entities: prepared<[number], EntityRow>(
      db,
      'SELECT kind, name, key FROM article_entities WHERE article_seq = ?',
    ).all(seq),
    speakers: prepared<[number], SpeakerRow>(
      db,
      'SELECT name, key FROM article_attributions WHERE article_seq = ?',
    ).all(seq),
  };
}

/** The article's own id, unless another identity already holds it; then one derived from this identity. */
function freshId(db: Database.Database, wanted: string, key: string): string {
  if (wanted && !prepared(db, 'SELECT 1 FROM articles WHERE id = ?').get(wanted)) return wanted;
  return idForIdentity(key);
}
