/**
 * The generated desk the serve and search benchmarks run on: 100,000 seeded articles (never committed), written
 * through each store's own upsert so the rows, facets and search index are what ingest would make.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { publishConfig } from '../../src/publish/config.js';
import { silentLogger } from '../../src/publish/deps.js';
import { StoredPages, type PrerenderSummary } from '../../src/publish/stored-pages.js';
import { openStore } from '../../src/store/open-store.js';
import { analysisRows, type AnalysisRows } from '../../src/store/analysis-rows.js';
import { articleColumns } from '../../src/store/article-columns.js';
import { upsertPostgres } from '../../src/store/postgres/postgres-upsert.js';
import { upsertSqlite } from '../../src/store/sqlite/sqlite-upsert.js';
import type { Analysis, Article, Entity } from '../../src/vocabulary.js';
import { seededRandom } from '../../src/stories/scoring/rng.js';

/** The stories module's seeded PRNG (mulberry32), so every run builds the same desk. */
export const rng = seededRandom;

export const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ru',
  'sa',
  'to',
  'vi',
  'an',
  'el',
  'or',
  'ust',
  'ber',
  'dan',
  'gor',
  'hil',
];
export const NEWS_WORDS =
  'minister summit election border market talks ceiling storm flood court vote budget trade energy port rail strike deal treaty inflation'.split(
    ' ',
  );
export const PLACES: readonly [string, number, number][] = [
  ['Pyongyang', 39.03, 125.75], ['Vladivostok', 43.12, 131.89], ['Berlin', 52.52, 13.4], ['Nairobi', -1.29, 36.82],
  ['Lima', -12.05, -77.04], ['Jakarta', -6.21, 106.85], ['Toronto', 43.65, -79.38], ['Madrid', 40.42, -3.7],
]; // prettier-ignore
const PEOPLE = ['Ana Ruiz', 'Kim Jong Un', 'Vladimir Putin', 'Amara Okafor', 'Lena Vogel', 'Ravi Menon'];
const ORGS = ['Reuters', 'TASS', 'KCNA', 'Yonhap', 'the Kremlin', 'the White House'];

export function generateArticle(i: number, next: () => number): { article: Article; analysis: Analysis } {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  // Two topic words per article (each in ~10% of the desk), the rest from ~4,000 made-up words (~3% each), so
  // queries match hundreds to thousands of articles as on a real desk rather than nearly all of them.
  const topics = [pick(NEWS_WORDS), pick(NEWS_WORDS)];
  const word = () =>
    next() < 0.04 ? pick(topics) : `${pick(SYLLABLES)}${pick(SYLLABLES)}${next() < 0.5 ? pick(SYLLABLES) : ''}`;
  const sentence = () => {
    const n = 8 + Math.floor(next() * 10);
    const words = Array.from({ length: n }, word);
    return `${words.join(' ')}.`.replace(/^./, (c) => c.toUpperCase());
  };
  const paragraphs = Array.from({ length: 6 }, () => `${sentence()} ${sentence()}`);
  const [place, lat, lon] = pick(PLACES);
  const person = pick(PEOPLE);
  const org = pick(ORGS);
  paragraphs[0] = `${person} spoke in ${place} on the ${topics[0]}, ${org} reported. ${paragraphs[0]}`;
  const text = paragraphs.join('\n\n');
  const day = String(1 + (i % 28)).padStart(2, '0');
  const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
  const outlet = `Outlet ${i % 50}`;
  const entity = (id: string, kind: Entity['kind'], name: string, extra: Partial<Entity> = {}): Entity => ({
    id,
    kind,
    name,
    aliases: [],
    mentions: [{ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name }],
    ...extra,
  });
  return {
    article: {
      id: `bench-${i}`,
      url: `https://outlet${i % 50}.example/${i}`,
      canonicalUrl: null,
      siteName: outlet,
      title: `${sentence().slice(0, -1)} in ${place}`,
      description: sentence(),
      authors: [pick(PEOPLE)],
      dateline: { place, raw: `${place.toUpperCase()} -`, agency: null },
      publishedAt: `2024-${month}-${day}T${String(i % 24).padStart(2, '0')}:00:00Z`,
      modifiedAt: null,
      language: 'en',
      section: 'World',
      tags: [],
      leadImage: { url: null, caption: sentence(), credit: org, alt: null },
      images: [],
      body: { html: paragraphs.map((p) => `<p>${p}</p>`).join(''), text, paragraphs },
      wordCount: text.split(/\s+/).length,
      contentHash: `bench${i}`.padEnd(64, '0'),
    },
    analysis: {
      version: 'bench',
      sentences: [],
      entities: [
        entity('p', 'person', person),
        entity('o', 'organization', org),
        entity('g', 'place', place, { lat, lon, countryCode: null }),
      ],
      attributions: [
        {
          id: 'a',
          speaker: { entityId: 'o', name: org, text: org, anonymous: false },
          via: [],
          cue: 'reported',
          content: paragraphs[0]!.slice(0, 80),
          quote: null,
          span: { start: 0, end: 80 },
          contentSpan: { start: 0, end: 80 },
        },
      ],
      quantities: [],
      dates: [],
    },
  };
}

/** Writes `count` generated articles into a new SQLite desk at `path`; returns the seconds it took. */
export async function generateSqliteDesk(path: string, count: number): Promise<number> {
  const started = performance.now();
  const store = await openStore({ kind: 'sqlite', path });
  await store.close();
  // The bulk path: the store's own upsert, all rows in one transaction instead of one per article.
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const next = rng(42);
  const now = new Date().toISOString();
  db.transaction(() => {
    for (let i = 0; i < count; i++) upsertSqlite(db, { ...generateArticle(i, next), source: 'bench' }, now);
  })();
  db.close();
  return (performance.now() - started) / 1000;
}

/**
 * Renders and stores every article page of the SQLite desk at `path` that has no current rendering for a server
 * at `baseUrl` (all of them on a new desk, none on a reused one of the same build), as `dateline serve` does in
 * the background and as a static site is built before nginx serves it. Full speed: nothing else is served.
 */
export async function prerenderSqliteDesk(
  path: string,
  baseUrl: string,
): Promise<PrerenderSummary & { renderKey: string; pages: number; pageBytes: number; fileBytes: number }> {
  const store = await openStore({ kind: 'sqlite', path });
  try {
    const config = publishConfig({ baseUrl });
    const pages = new StoredPages({ store, config, clock: () => new Date(), logger: silentLogger });
    const summary = await pages.prerender({ fast: true });
    const db = new Database(path, { readonly: true });
    try {
      const stats = db
        .prepare('SELECT count(page) AS n, coalesce(sum(length(page)), 0) AS bytes FROM article_pages')
        .get() as { n: number; bytes: number };
      const file = db.pragma('page_count', { simple: true }) as number;
      const size = db.pragma('page_size', { simple: true }) as number;
      return { ...summary, renderKey: pages.renderKey, pages: stats.n, pageBytes: stats.bytes, fileBytes: file * size };
    } finally {
      db.close();
    }
  } finally {
    await store.close();
  }
}

/** Articles per multi-row INSERT: one round trip and one plan for the lot instead of eight per article. */
const PG_BATCH = 1000;
/**
 * The tables the store's upsert writes. Their user triggers keep `article_search` in step one article at a time
 * (at commit: a copy and four facet recomputations per article, 57% of the upsert path's time at 2,000 articles),
 * and `name_keys` one statement at a time; here they are off during the load and both tables are filled once from
 * the loaded rows.
 */
const LOADED_TABLES = ['articles', 'article_entities', 'article_attributions', 'article_search'] as const;
/** Migration 8's refill of the search table: the copy trigger's row, for every article at once. */
const FILL_SEARCH_SQL = `
INSERT INTO article_search (seq, outlet, language, filter_day, facets, search_vector)
  SELECT seq, outlet, language, filter_day, dateline_search_facets(seq, filter_day), search_vector
  FROM articles ORDER BY seq`;
/** Migration 15's fill of the name keys, which the side tables' triggers keep up one statement at a time. */
const FILL_NAME_KEYS_SQL = `
INSERT INTO name_keys (facet, key)
  SELECT 'about', key FROM article_entities
  UNION SELECT 'place', key FROM article_entities WHERE kind = 'place'
  UNION SELECT 'speaker', key FROM article_attributions`;
/** Articles run through the store's own upsert after the load, to check the load wrote what it would. */
const CHECKED_ARTICLES = 3;

type BenchInput = ReturnType<typeof generateArticle> & { source: string };

/**
 * Writes the same `count` generated articles (same seed, same order) into the PostgreSQL database at `url`,
 * migrated first; returns the seconds it took. The desk is the one the store's upsert would make one article at a
 * time in that order (same rows and seqs, same derived columns, indexes and triggers): the rows go in as
 * multi-row INSERTs with the triggers that keep the search table off and its GIN index dropped, then the search
 * table is filled in one statement and the index is rebuilt from the catalog's own definition (built in bulk
 * rather than entry by entry). A sample of articles is then upserted again through the store inside a
 * transaction that is rolled back; any difference in any table fails the generation.
 */
export async function generatePostgresDesk(url: string, count: number): Promise<number> {
  const started = performance.now();
  const store = await openStore({ kind: 'postgres', url });
  await store.close();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // The GIN build sorts its entries in this memory; the default 64 MB spills a 100,000-article desk to disk.
    await client.query("SET maintenance_work_mem = '512MB'");
    const schema = await schemaOf(client);
    const now = new Date().toISOString();
    const checked = await bulkLoad(client, count, now);
    const after = await schemaOf(client);
    if (after !== schema) throw new Error('bench: the bulk load left other indexes or triggers than the migrations');
    for (const input of checked) await checkAgainstUpsert(client, input, now);
    // The state autovacuum leaves a desk in: pages all-visible (index-only scans, no visibility checks) and fresh
    // statistics. VACUUM marks a page all-visible only when its rows' commit hint bits can be set, which it skips
    // while the commit's WAL is not yet flushed: with synchronous_commit off here (as this load once ran), the
    // load's asynchronous commit, and each ANALYZE's commit bumping the same commit-status group, left every
    // table but the smallest with no page all-visible (relallvisible 0 of 1,539 pages of article_search).
    // Every commit of this session is synchronous, so the WAL is flushed before VACUUM looks.
    await client.query('VACUUM (ANALYZE)');
  } finally {
    await client.end();
  }
  return (performance.now() - started) / 1000;
}

/** Loads the articles in one transaction; returns a few of them, for the check against the upsert. */
async function bulkLoad(client: pg.Client, count: number, now: string): Promise<BenchInput[]> {
  const checkAt = new Set(Array.from({ length: CHECKED_ARTICLES }, (_, k) => Math.floor((k * (count - 1)) / 2)));
  const checked: BenchInput[] = [];
  await client.query('BEGIN');
  try {
    const indexes = await client.query<{ name: string; definition: string }>(
      `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
       WHERE i.indrelid = 'article_search'::regclass
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    );
    for (const { name } of indexes.rows) await client.query(`DROP INDEX ${name}`);
    for (const table of LOADED_TABLES) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
    const next = rng(42);
    let writing: Promise<unknown> = Promise.resolve();
    for (let i = 0; i < count;) {
      const batch: BenchInput[] = [];
      for (; i < count && batch.length < PG_BATCH; i++) {
        const input = { ...generateArticle(i, next), source: 'bench' };
        if (checkAt.has(i)) checked.push(input);
        batch.push(input);
      }
      // The next batch is generated while the server writes this one.
      await writing;
      writing = insertBatch(client, batch, now);
    }
    await writing;
    await client.query(FILL_SEARCH_SQL);
    await client.query(FILL_NAME_KEYS_SQL);
    for (const table of LOADED_TABLES) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
    for (const { definition } of indexes.rows) await client.query(definition);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  return checked;
}

/**
 * One batch as three statements: the articles, in order so their seqs follow the generator's order as the
 * upsert's would, with their analysis in the same row rather than in a second version of it; then the entity
 * and speaker rows of `analysisRows`, joined to their articles by id.
 */
async function insertBatch(client: pg.Client, batch: readonly BenchInput[], now: string): Promise<void> {
  const articles = batch.map(({ article, analysis, source }) => {
    const cols = articleColumns(article, source);
    return [
      cols.identityKey,
      cols.url,
      cols.canonicalUrl,
      cols.contentHash,
      source,
      cols.outlet,
      cols.language,
      cols.title,
      cols.description,
      cols.authorsText,
      JSON.stringify(article.authors),
      cols.bodyText,
      article.leadImage?.url ?? null,
      article.publishedAt,
      cols.publishedUtc,
      cols.publishedDay,
      article.id,
      JSON.stringify(article),
      JSON.stringify(analysis),
    ];
  });
  const columns = articles[0]!.map((_, c) => articles.map((row) => row[c]));
  const rows = batch.map(({ analysis }) => analysisRows(analysis));
  const ids = (of: (r: AnalysisRows) => unknown[]) =>
    batch.flatMap(({ article }, k) => of(rows[k]!).map(() => article.id));
  const entities = rows.flatMap((r) => r.entities);
  const speakers = rows.flatMap((r) => r.speakers);
  await client.query(
    `INSERT INTO articles (identity_key, url, canonical_url, content_hash, source, outlet, language, title,
       description, authors_text, authors_json, body_text, lead_image_url, published_at, published_utc,
       published_day, id, article_json, analysis_json, ingested_at, updated_at)
     SELECT c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, $20, $20
     FROM unnest(${columns.map((_, c) => `$${c + 1}::text[]`).join(', ')}) WITH ORDINALITY
       AS t (c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, ord)
     ORDER BY ord`,
    [...columns, now],
  );
  await client.query(
    `INSERT INTO article_entities (key, kind, article_seq, name)
     SELECT t.k, t.kind, a.seq, t.n FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t (id, k, kind, n)
     JOIN articles a ON a.id = t.id`,
    [ids((r) => r.entities), entities.map((e) => e.key), entities.map((e) => e.kind), entities.map((e) => e.name)],
  );
  await client.query(
    `INSERT INTO article_attributions (key, article_seq, name)
     SELECT t.k, a.seq, t.n FROM unnest($1::text[], $2::text[], $3::text[]) AS t (id, k, n)
     JOIN articles a ON a.id = t.id`,
    [ids((r) => r.speakers), speakers.map((s) => s.key), speakers.map((s) => s.name)],
  );
}

/** The tables' indexes and triggers as the catalog defines them, to compare before and after the load. */
async function schemaOf(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ item: string }>(
    `SELECT pg_get_indexdef(indexrelid) AS item FROM pg_index WHERE indrelid = ANY ($1::regclass[])
     UNION ALL
     SELECT pg_get_triggerdef(oid) || ' ' || tgenabled::text FROM pg_trigger WHERE tgrelid = ANY ($1::regclass[])
     ORDER BY item`,
    [LOADED_TABLES],
  );
  return rows.map((row) => row.item).join('\n');
}

/**
 * Upserts `input` again through the store, as ingest would on seeing the article a second time, with the
 * deferred triggers run, and compares every row of it before and after; rolled back, so the desk is unchanged.
 * The upsert rewrites the same values, so any difference is one the bulk load made.
 */
async function checkAgainstUpsert(client: pg.Client, input: BenchInput, now: string): Promise<void> {
  const snapshot = async () => {
    const { rows } = await client.query<{ rows: string }>(
      `SELECT json_build_object(
         'articles', (SELECT to_jsonb(a) FROM articles a WHERE a.id = $1),
         'article_search', (SELECT to_jsonb(s) FROM article_search s JOIN articles a USING (seq) WHERE a.id = $1),
         'article_entities', (SELECT jsonb_agg(to_jsonb(e) ORDER BY e.key, e.kind)
           FROM article_entities e JOIN articles a ON a.seq = e.article_seq WHERE a.id = $1),
         'article_attributions', (SELECT jsonb_agg(to_jsonb(t) ORDER BY t.key)
           FROM article_attributions t JOIN articles a ON a.seq = t.article_seq WHERE a.id = $1)
       )::text AS rows`,
      [input.article.id],
    );
    return rows[0]!.rows;
  };
  await client.query('BEGIN');
  try {
    const loaded = await snapshot();
    await upsertPostgres(client, input, now);
    await client.query('SET CONSTRAINTS ALL IMMEDIATE');
    const upserted = await snapshot();
    if (loaded !== upserted)
      throw new Error(`bench: ${input.article.id} as loaded differs from the store's upsert\n${loaded}\n${upserted}`);
  } finally {
    await client.query('ROLLBACK');
  }
}
