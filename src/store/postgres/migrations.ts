import type { Migration } from '../migration.js';

/**
 * PostgreSQL schema, oldest first; the same tables as SQLite. Times are ISO-8601 UTC text in both dialects so
 * that ordering, the ingest-day fallback and the port's strings agree exactly. Never edit an applied migration.
 */
export const postgresMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, full-text index, raw pages, analysis side tables, stories, feeds',
    up: `
CREATE TABLE articles (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  identity_key TEXT NOT NULL UNIQUE,
  url TEXT,
  canonical_url TEXT,
  content_hash TEXT NOT NULL,
  source TEXT NOT NULL,
  outlet TEXT NOT NULL,
  language TEXT,
  title TEXT,
  description TEXT,
  authors_text TEXT NOT NULL DEFAULT '',
  authors_json TEXT NOT NULL DEFAULT '[]',
  body_text TEXT NOT NULL DEFAULT '',
  lead_image_url TEXT,
  published_at TEXT,
  published_utc TEXT,
  published_day TEXT,
  ingested_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  filter_day TEXT GENERATED ALWAYS AS (coalesce(published_day, substr(ingested_at, 1, 10))) STORED,
  -- Title A, description B, authors C, body D: ts_rank_cd weighs a title match ten times a body match.
  -- The body is cut at 500k characters: a tsvector must stay under 1 MB, and a hostile page must not fail the row.
  search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, authors_text), 'C') ||
    setweight(to_tsvector('english'::regconfig, left(body_text, 500000)), 'D')
  ) STORED,
  story_id TEXT,
  duplicate_of TEXT,
  article_json TEXT NOT NULL,
  analysis_json TEXT
);
CREATE INDEX articles_recent ON articles (published_utc DESC NULLS LAST, ingested_at DESC, seq DESC);
CREATE INDEX articles_outlet ON articles (outlet, published_utc DESC NULLS LAST, ingested_at DESC);
CREATE INDEX articles_language ON articles (language, published_utc DESC NULLS LAST, ingested_at DESC);
CREATE INDEX articles_story ON articles (story_id, published_utc DESC NULLS LAST, ingested_at DESC);
CREATE INDEX articles_day ON articles (filter_day);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_canonical_url ON articles (canonical_url);
CREATE INDEX articles_search ON articles USING GIN (search_vector);

CREATE TABLE raw_pages (
  article_seq BIGINT PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
  source TEXT NOT NULL,
  url TEXT,
  content_type TEXT,
  headers_json TEXT,
  fetched_at TEXT NOT NULL,
  codec TEXT NOT NULL,
  size INTEGER NOT NULL,
  bytes BYTEA NOT NULL
);

CREATE TABLE article_entities (
  key TEXT NOT NULL,
  kind TEXT NOT NULL,
  article_seq BIGINT NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  name TEXT NOT NULL,
  PRIMARY KEY (key, kind, article_seq)
);
CREATE INDEX article_entities_article ON article_entities (article_seq);

CREATE TABLE article_attributions (
  key TEXT NOT NULL,
  article_seq BIGINT NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  name TEXT NOT NULL,
  PRIMARY KEY (key, article_seq)
);
CREATE INDEX article_attributions_article ON article_attributions (article_seq);

CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  first_seen TEXT,
  last_updated TEXT,
  saved_at TEXT NOT NULL,
  story_json TEXT NOT NULL
);
CREATE INDEX stories_recent ON stories (last_updated DESC NULLS LAST, saved_at DESC);

CREATE TABLE feeds (
  url TEXT PRIMARY KEY,
  title TEXT,
  etag TEXT,
  last_modified TEXT,
  last_fetched_at TEXT,
  last_error TEXT,
  added_at TEXT NOT NULL
);
`,
  },
  {
    version: 4,
    name: 'near-duplicate sketches kept for the story desk',
    up: `
CREATE TABLE article_sketches (
  article_id TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL,
  sketch TEXT NOT NULL
);
`,
  },
  {
    // PostgreSQL only: the job queue that `dateline worker` processes on many machines share (src/queue). Lease
    // times are timestamptz computed with the server's now(), unlike the store's ISO text, so that workers whose
    // clocks disagree still agree on when a lease has run out.
    version: 5,
    name: 'job queue for dateline worker',
    up: `
CREATE TABLE jobs (
  id BIGSERIAL PRIMARY KEY,
  kind TEXT NOT NULL,
  payload JSONB NOT NULL DEFAULT '{}'::jsonb,
  state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  max_attempts INTEGER NOT NULL DEFAULT 5 CHECK (max_attempts >= 1),
  run_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  locked_by TEXT,
  locked_until TIMESTAMPTZ,
  last_error TEXT,
  result JSONB,
  dedupe_key TEXT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  finished_at TIMESTAMPTZ
);
CREATE INDEX jobs_ready ON jobs (run_at, id) WHERE state = 'queued';
CREATE INDEX jobs_leased ON jobs (locked_until) WHERE state = 'running';
CREATE INDEX jobs_state ON jobs (state, updated_at DESC);
-- One pending job per key: enqueueing the same source twice while it waits or runs adds nothing.
CREATE UNIQUE INDEX jobs_pending_key ON jobs (dedupe_key) WHERE state IN ('queued', 'running');
`,
  },
  {
    // Phrase search: GIN keeps no positions, so a phrase of two common words used to read the tsvector of every
    // article holding both words (7,800 of 100,000 for 60 matches: 350 ms and more). Every pair of lexemes side by
    // side in an article's tsvector is indexed here as one of 65,536 hashed keys (hashtext, as PostgreSQL's own
    // hash indexes use); a phrase's adjacent pairs must all be present, so the GIN intersection leaves its
    // matches and a few hash collisions to check. The keys come from the stored tsvector's own positions, which
    // is exactly what `<->` tests, so no match is lost. GIN removes duplicate keys itself.
    version: 6,
    name: 'phrase search: an index of adjacent lexeme pairs',
    up: `
CREATE FUNCTION dateline_pair_keys(pairs text[]) RETURNS integer[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT coalesce(array_agg(hashtext(pair) & 65535), '{}') FROM unnest(pairs) AS pair $$;
CREATE FUNCTION dateline_phrase_keys(v tsvector) RETURNS integer[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    SELECT coalesce(array_agg(hashtext(x.lexeme || ' ' || y.lexeme) & 65535), '{}')
    FROM (SELECT u.lexeme, p FROM unnest(v) AS u, unnest(u.positions) AS p) AS x
    JOIN (SELECT u.lexeme, p FROM unnest(v) AS u, unnest(u.positions) AS p) AS y ON y.p = x.p + 1
  $$;
CREATE INDEX articles_phrase ON articles USING GIN (dateline_phrase_keys(search_vector));
`,
  },
  {
    // Search reads its own narrow table. Finding a word's newest matches visits every matching row's heap page
    // (GIN returns row addresses, not seqs), and an article row is ~3 kB with its body and JSON: 2,000 matches
    // of a rare word were 2,000 pages of a 312 MB table that does not stay in shared buffers (18 ms, up to 90
    // on a loaded box; an entity filter's 12,000 candidates 430 ms). Here a row is its seq, the columns search
    // filters on, and a pointer to the tsvector, kept out of line (toast_tuple_target) so a row stays ~80 bytes
    // and the whole table is ~1,000 pages that stay cached. The tsvector is read only to rank the window or check
    // a phrase. `seq_block` (seq >> 10) lets one GIN scan take the newest matches: a slice of the newest blocks is
    // an index condition beside the words, which GIN intersects inside the index, skipping through a common
    // word's posting list. As a seq range the planner instead read every row of the range and checked its
    // out-of-line tsvector (44 ms for a slice of a word in a quarter of the desk, against 2 ms). `facets` are the
    // entity filters' keys ('about:…', 'place:…', 'speaker:…'), as the SQLite store keeps them in its FTS index:
    // a filter is one more GIN condition, where reading an entity's 12,600 seqs and matching them against the
    // words' took 30-50 ms on a loaded box.
    // The articles and entity tables stay the source: triggers copy an article's row on every write of the
    // columns these derive from and recompute its facets when its entity or speaker rows change; a deleted
    // article cascades. One GIN index holds the words, the phrase pair keys (migration 6), the blocks and the
    // facets; fastupdate off, since a pending list is scanned in full by every search until vacuum merges it,
    // which is the latency a desk under ingest must not pay.
    version: 7,
    name: 'search documents: a narrow table for full-text search, filled by trigger',
    up: `
CREATE TABLE article_search (
  seq BIGINT PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
  seq_block INTEGER[] GENERATED ALWAYS AS (ARRAY[(seq >> 10)::integer]) STORED,
  outlet TEXT NOT NULL,
  language TEXT,
  filter_day TEXT,
  facets TEXT[] NOT NULL,
  search_vector tsvector NOT NULL
) WITH (toast_tuple_target = 128);
CREATE FUNCTION dateline_search_facets(article bigint) RETURNS text[]
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT coalesce(array_agg(DISTINCT f), '{}') FROM (
      SELECT 'about:' || key AS f FROM article_entities WHERE article_seq = article
      UNION ALL SELECT 'place:' || key FROM article_entities WHERE article_seq = article AND kind = 'place'
      UNION ALL SELECT 'speaker:' || key FROM article_attributions WHERE article_seq = article
    ) AS t
  $$;
INSERT INTO article_search (seq, outlet, language, filter_day, facets, search_vector)
  SELECT seq, outlet, language, filter_day, dateline_search_facets(seq), search_vector FROM articles ORDER BY seq;
CREATE INDEX article_search_text ON article_search
  USING GIN (search_vector, dateline_phrase_keys(search_vector), seq_block, facets) WITH (fastupdate = off);
DROP INDEX articles_search;
DROP INDEX articles_phrase;
CREATE FUNCTION dateline_copy_search_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO article_search (seq, outlet, language, filter_day, facets, search_vector)
    VALUES (NEW.seq, NEW.outlet, NEW.language, NEW.filter_day, dateline_search_facets(NEW.seq), NEW.search_vector)
    ON CONFLICT (seq) DO UPDATE SET outlet = excluded.outlet, language = excluded.language,
      filter_day = excluded.filter_day, search_vector = excluded.search_vector;
  RETURN NULL;
END $$;
-- Only writes of the columns the copy derives from (story assignments do not fire it). AFTER: the generated
-- columns are computed by then.
CREATE TRIGGER articles_copy_search AFTER INSERT OR UPDATE OF
    outlet, language, published_day, ingested_at, title, description, authors_text, body_text
  ON articles FOR EACH ROW EXECUTE FUNCTION dateline_copy_search_row();
-- Per statement: an analysis is saved as one DELETE and one INSERT per side table.
CREATE FUNCTION dateline_refresh_facets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE article_search s SET facets = dateline_search_facets(s.seq)
    WHERE s.seq IN (SELECT article_seq FROM changed);
  RETURN NULL;
END $$;
CREATE TRIGGER article_entities_added AFTER INSERT ON article_entities REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION dateline_refresh_facets();
CREATE TRIGGER article_entities_removed AFTER DELETE ON article_entities REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION dateline_refresh_facets();
CREATE TRIGGER article_attributions_added AFTER INSERT ON article_attributions REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION dateline_refresh_facets();
CREATE TRIGGER article_attributions_removed AFTER DELETE ON article_attributions REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION dateline_refresh_facets();
ANALYZE article_search;
`,
  },
  {
    // Date ranges as facets too: the day's month ('month:2024-03') joins the entity keys, so a closed range is
    // one more GIN condition (the months it spans), as in the SQLite store, and the days are checked only on the
    // rows the index leaves: a month of a topic word read 7.8 (up to 90, loaded) -> 1.8 ms for its matches. The
    // month follows the article's day, so an article's row now takes its facets on every copy. The table is
    // refilled rather than updated in place: an UPDATE of every row would leave it half dead tuples until
    // vacuum, and feed the GIN index one row at a time.
    version: 8,
    name: 'search documents: the month of the day as a facet',
    up: `
DROP INDEX article_search_text;
TRUNCATE article_search;
CREATE OR REPLACE FUNCTION dateline_search_facets(article bigint, day text) RETURNS text[]
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT coalesce(array_agg(DISTINCT f), '{}') FROM (
      SELECT 'month:' || substr(day, 1, 7) AS f WHERE day IS NOT NULL
      UNION ALL SELECT 'about:' || key FROM article_entities WHERE article_seq = article
      UNION ALL SELECT 'place:' || key FROM article_entities WHERE article_seq = article AND kind = 'place'
      UNION ALL SELECT 'speaker:' || key FROM article_attributions WHERE article_seq = article
    ) AS t
  $$;
CREATE OR REPLACE FUNCTION dateline_copy_search_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO article_search (seq, outlet, language, filter_day, facets, search_vector)
    VALUES (NEW.seq, NEW.outlet, NEW.language, NEW.filter_day, dateline_search_facets(NEW.seq, NEW.filter_day),
      NEW.search_vector)
    ON CONFLICT (seq) DO UPDATE SET outlet = excluded.outlet, language = excluded.language,
      filter_day = excluded.filter_day, facets = excluded.facets, search_vector = excluded.search_vector;
  RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION dateline_refresh_facets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE article_search s SET facets = dateline_search_facets(s.seq, s.filter_day)
    WHERE s.seq IN (SELECT article_seq FROM changed);
  RETURN NULL;
END $$;
DROP FUNCTION IF EXISTS dateline_search_facets(bigint);
INSERT INTO article_search (seq, outlet, language, filter_day, facets, search_vector)
  SELECT seq, outlet, language, filter_day, dateline_search_facets(seq, filter_day), search_vector
  FROM articles ORDER BY seq;
CREATE INDEX article_search_text ON article_search
  USING GIN (search_vector, dateline_phrase_keys(search_vector), seq_block, facets) WITH (fastupdate = off);
ANALYZE article_search;
`,
  },
  {
    // Ingest paid for migrations 7 and 8: 1,500 generated articles upserted into PostgreSQL went from 175-183 to
    // 62-84 articles/s. Every write of an article touched its search row three times (the copy, then a facet
    // update after its entities and again after its speakers), and each update of a row in a GIN index re-adds
    // all its entries (no HOT update when an indexed column changes), with fastupdate off one page at a time.
    // The triggers are now deferred to commit and read the article's final state: an article and its analysis
    // written in one transaction make one search row, and a copy or facet recomputation that changes nothing
    // writes nothing. The GIN index takes fastupdate back (PostgreSQL's default): its pending list is at most
    // gin_pending_list_limit, merged by vacuum. Same run: 175 before 7, 99 with fastupdate alone, 179 with both.
    version: 9,
    name: 'search documents: copies deferred to commit, written only when changed',
    up: `
DROP TRIGGER articles_copy_search ON articles;
DROP TRIGGER article_entities_added ON article_entities;
DROP TRIGGER article_entities_removed ON article_entities;
DROP TRIGGER article_attributions_added ON article_attributions;
DROP TRIGGER article_attributions_removed ON article_attributions;
DROP FUNCTION dateline_refresh_facets();
CREATE OR REPLACE FUNCTION dateline_copy_search_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO article_search AS s (seq, outlet, language, filter_day, facets, search_vector)
    SELECT a.seq, a.outlet, a.language, a.filter_day, dateline_search_facets(a.seq, a.filter_day), a.search_vector
    FROM articles a WHERE a.seq = NEW.seq
    ON CONFLICT (seq) DO UPDATE SET outlet = excluded.outlet, language = excluded.language,
      filter_day = excluded.filter_day, facets = excluded.facets, search_vector = excluded.search_vector
    WHERE (s.outlet, s.language, s.filter_day, s.facets, s.search_vector)
      IS DISTINCT FROM (excluded.outlet, excluded.language, excluded.filter_day, excluded.facets, excluded.search_vector);
  RETURN NULL;
END $$;
CREATE FUNCTION dateline_refresh_search_facets() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  article bigint := CASE WHEN TG_OP = 'DELETE' THEN OLD.article_seq ELSE NEW.article_seq END;
BEGIN
  UPDATE article_search s SET facets = f.facets
    FROM (SELECT dateline_search_facets(article, filter_day) AS facets FROM article_search WHERE seq = article) AS f
    WHERE s.seq = article AND s.facets IS DISTINCT FROM f.facets;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER articles_copy_search AFTER INSERT OR UPDATE OF
    outlet, language, published_day, ingested_at, title, description, authors_text, body_text
  ON articles DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dateline_copy_search_row();
CREATE CONSTRAINT TRIGGER article_entities_facets AFTER INSERT OR DELETE ON article_entities
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dateline_refresh_search_facets();
CREATE CONSTRAINT TRIGGER article_attributions_facets AFTER INSERT OR DELETE ON article_attributions
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dateline_refresh_search_facets();
ALTER INDEX article_search_text SET (fastupdate = on);
`,
  },
  {
    // The phrase pair keys (migration 6) are computed for every article written, twice per article while the
    // search GIN index is built and for every row ANALYZE samples. Migration 6 unnested the tsvector twice, the
    // positions through a function scan per lexeme; here the lexeme-position rows are made once, with the
    // positions unnested in the select list, and joined with themselves: the same keys in the same order (every
    // row of a 2,000-article desk and vectors with shared and capped positions compared), 2.4-2.8x faster
    // (2,000 vectors: 2.2-2.7 s -> 0.96 s on a loaded box). The indexed expression keeps its values, so the index
    // stays valid without a rebuild.
    version: 10,
    name: 'phrase search: pair keys computed in one pass over the tsvector',
    up: `
CREATE OR REPLACE FUNCTION dateline_phrase_keys(v tsvector) RETURNS integer[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    WITH w AS MATERIALIZED (SELECT u.lexeme, unnest(u.positions) AS p FROM unnest(v) AS u)
    SELECT coalesce(array_agg(hashtext(x.lexeme || ' ' || y.lexeme) & 65535), '{}')
    FROM w AS x JOIN w AS y ON y.p = x.p + 1
  $$;
`,
  },
  {
    // The facets function (migration 8) runs at commit for every article written, once in the copy trigger and
    // once per entity or speaker row in the facet trigger (five times for an article with three entities and a
    // speaker). A SQL function that cannot be inlined is parsed and planned again on every call from a trigger,
    // since its cached state lives only as long as the calling statement's executor; in PL/pgSQL its query's plan
    // is kept for the session. Same query, same result. Upsert path, 1,500 generated articles, same run
    // interleaved (loaded box): commit 8.3 / 5.7 -> 4.7 / 3.9 s, 10.3 / 7.7 -> 7.6 / 5.5 ms an article.
    version: 11,
    name: 'search documents: the facets query planned once per session',
    up: `
CREATE OR REPLACE FUNCTION dateline_search_facets(article bigint, day text) RETURNS text[]
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  AS $$
  BEGIN
    RETURN (SELECT coalesce(array_agg(DISTINCT f), '{}') FROM (
      SELECT 'month:' || substr(day, 1, 7) AS f WHERE day IS NOT NULL
      UNION ALL SELECT 'about:' || key FROM article_entities WHERE article_seq = article
      UNION ALL SELECT 'place:' || key FROM article_entities WHERE article_seq = article AND kind = 'place'
      UNION ALL SELECT 'speaker:' || key FROM article_attributions WHERE article_seq = article
    ) AS t);
  END $$;
`,
  },
  {
    // Rendered article pages, as SQLite's migration 5 keeps them (the reasons are there): the trigger moves the
    // revision and drops the page in the transaction that changes anything getArticle returns (STORED_COLUMNS).
    // Not deferred: a page must be gone before anything else in the transaction can read the new row. A writer
    // storing a page waits on the row lock of a concurrent change and then finds the revision moved.
    version: 12,
    name: 'rendered article pages, dropped by trigger when the article changes',
    up: `
CREATE TABLE article_pages (
  article_seq BIGINT PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
  revision BIGINT NOT NULL,
  render_key TEXT,
  etag TEXT,
  last_modified TEXT,
  size INTEGER,
  page BYTEA
);
-- Pages are compressed already: storing them as they are spares PostgreSQL compressing them again.
ALTER TABLE article_pages ALTER COLUMN page SET STORAGE EXTERNAL;
CREATE FUNCTION dateline_article_page_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO article_pages (article_seq, revision) VALUES (NEW.seq, 1)
    ON CONFLICT (article_seq) DO UPDATE SET revision = article_pages.revision + 1, render_key = NULL, etag = NULL,
      last_modified = NULL, size = NULL, page = NULL;
  RETURN NULL;
END $$;
CREATE TRIGGER articles_page_stale AFTER UPDATE OF
    article_json, analysis_json, outlet, source, ingested_at, updated_at, story_id, duplicate_of ON articles
  FOR EACH ROW WHEN (
    (OLD.article_json, OLD.analysis_json, OLD.outlet, OLD.source, OLD.ingested_at, OLD.updated_at, OLD.story_id,
      OLD.duplicate_of)
    IS DISTINCT FROM
    (NEW.article_json, NEW.analysis_json, NEW.outlet, NEW.source, NEW.ingested_at, NEW.updated_at, NEW.story_id,
      NEW.duplicate_of))
  EXECUTE FUNCTION dateline_article_page_stale();
`,
  },
  {
    // An article's story and copy filing in a row of their own, as SQLite's migration 6 keeps them (the reasons
    // are there). Here an UPDATE of the filing wrote a new version of the article's row and, story_id being
    // indexed, new entries in every index of the table (no HOT update); now it writes a three-column row. The
    // page trigger is split in two as in SQLite. Dropping the columns only marks them dropped.
    version: 13,
    name: 'story filings in a table of their own',
    up: `
CREATE TABLE article_stories (
  article_seq BIGINT PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
  story_id TEXT,
  duplicate_of TEXT
);
INSERT INTO article_stories (article_seq, story_id, duplicate_of)
  SELECT seq, story_id, duplicate_of FROM articles WHERE story_id IS NOT NULL OR duplicate_of IS NOT NULL;
CREATE INDEX article_stories_story ON article_stories (story_id);
DROP TRIGGER articles_page_stale ON articles;
ALTER TABLE articles DROP COLUMN story_id, DROP COLUMN duplicate_of;
CREATE TRIGGER articles_page_stale AFTER UPDATE OF
    article_json, analysis_json, outlet, source, ingested_at, updated_at ON articles
  FOR EACH ROW WHEN (
    (OLD.article_json, OLD.analysis_json, OLD.outlet, OLD.source, OLD.ingested_at, OLD.updated_at)
    IS DISTINCT FROM
    (NEW.article_json, NEW.analysis_json, NEW.outlet, NEW.source, NEW.ingested_at, NEW.updated_at))
  EXECUTE FUNCTION dateline_article_page_stale();
CREATE FUNCTION dateline_filing_page_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO article_pages (article_seq, revision) VALUES (NEW.article_seq, 1)
    ON CONFLICT (article_seq) DO UPDATE SET revision = article_pages.revision + 1, render_key = NULL, etag = NULL,
      last_modified = NULL, size = NULL, page = NULL;
  RETURN NULL;
END $$;
-- A first filing (no row yet is an article filed nowhere) and a changed one; a filing that changes nothing keeps
-- the page.
CREATE TRIGGER article_stories_page_filed AFTER INSERT ON article_stories
  FOR EACH ROW WHEN (NEW.story_id IS NOT NULL OR NEW.duplicate_of IS NOT NULL)
  EXECUTE FUNCTION dateline_filing_page_stale();
CREATE TRIGGER article_stories_page_stale AFTER UPDATE OF story_id, duplicate_of ON article_stories
  FOR EACH ROW WHEN ((OLD.story_id, OLD.duplicate_of) IS DISTINCT FROM (NEW.story_id, NEW.duplicate_of))
  EXECUTE FUNCTION dateline_filing_page_stale();
`,
  },
  {
    // Ranking read every match's tsvector: ts_rank_cd of a month of a topic word (800 matches) detoasted 800 out
    // of line vectors, ~650 pages of a 260 MB TOAST table that does not stay in shared buffers (40 ms of the
    // search's 50, and 200 on a loaded box). For a query of one lexeme, ts_rank_cd with normalisation 1 is exactly
    // the sum of its positions' weights (A 1.0, B 0.4, C 0.2, D 0.1) over ln(1 + the vector's positions), so a few
    // integers bound it from above: the positions (`[1]`), the most positions any one lexeme has in the body
    // (`[2]`, weight D), then for each lexeme of the title, description and authors its key, -1 - (hashtext &
    // 65535), negative so that array_position finds only keys, followed by ten times its weights' sum (lexemes
    // whose keys collide sum, which only raises the bound). The search ranks the page's worth of matches with the
    // highest bounds, then only those whose bound reaches the lowest score found (rank-bounds.ts): the same page,
    // from ~30 vectors read instead of ~800. Inline (PLAIN): ~230 bytes a row, where the table's
    // toast_tuple_target (128, migration 7) would move it out of line. The table is refilled, as in migration 8.
    version: 14,
    name: 'search documents: score bounds for ranking without reading every tsvector',
    up: `
CREATE FUNCTION dateline_rank_bounds(v tsvector) RETURNS integer[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    WITH w AS MATERIALIZED (
      -- A lexeme stored without positions counts once, as D, as ts_rank_cd counts it.
      SELECT u.lexeme, w FROM unnest(v) AS u,
        unnest(CASE WHEN coalesce(cardinality(u.weights), 0) = 0 THEN '{D}'::text[] ELSE u.weights END) AS w)
    SELECT ARRAY[
      (SELECT count(*)::integer FROM w),
      (SELECT coalesce(max(n), 0)::integer FROM (SELECT count(*) AS n FROM w WHERE w = 'D' GROUP BY lexeme) AS d)
    ] || coalesce((
      SELECT array_agg(x ORDER BY h, i) FROM (
        SELECT hashtext(lexeme) & 65535 AS h, sum(CASE w WHEN 'A' THEN 10 WHEN 'B' THEN 4 ELSE 2 END)::integer AS w10
        FROM w WHERE w <> 'D' GROUP BY 1) AS t,
        LATERAL (VALUES (1, -1 - t.h), (2, t.w10)) AS e(i, x)), '{}')
  $$;
DROP INDEX article_search_text;
TRUNCATE article_search;
ALTER TABLE article_search
  ADD COLUMN rank_bounds integer[] GENERATED ALWAYS AS (dateline_rank_bounds(search_vector)) STORED;
ALTER TABLE article_search ALTER COLUMN rank_bounds SET STORAGE PLAIN;
INSERT INTO article_search (seq, outlet, language, filter_day, facets, search_vector)
  SELECT seq, outlet, language, filter_day, dateline_search_facets(seq, filter_day), search_vector
  FROM articles ORDER BY seq;
CREATE INDEX article_search_text ON article_search
  USING GIN (search_vector, dateline_phrase_keys(search_vector), seq_block, facets) WITH (fastupdate = on);
ANALYZE article_search;
`,
  },
  {
    // `quoted:`, `about:` and `place:` by one word of a name (name-match.ts) read their candidate names from the
    // articles whose text holds the word, then regex-scanned those articles' name rows: a word as common in texts
    // as a news agency or a place selected tens of thousands of articles, and the 100,000-article bench desk's
    // entity-filter searches took p50 67-74, p99 168-176 ms. Here each filter's distinct keys are kept once, in a
    // table of their own with a GIN index of their words, so the lookup reads only the names holding the word,
    // and finds a name whose word no article text prints. The words are the 'simple' parser's tokens once ASCII
    // and common typographic punctuation are spaces (dateline_name_words): the parser alone keeps 'bbc.com',
    // 'st.louis' or 'a/b' as one token, where the whole-word check (name-match.ts) sees two words.
    // A statement trigger adds the keys an insert brings (one INSERT per side table per article); keys are never
    // removed: a key no article holds any more only costs a candidate that then matches no article. No unique
    // constraint: an insert would wait on a concurrent transaction adding the same key (and two such transactions
    // could deadlock); a race between two only leaves a duplicate row, which the whole-word check folds.
    version: 15,
    name: 'name keys per filter, indexed by word, for quoted:, about: and place: by one word of a name',
    up: `
CREATE FUNCTION dateline_name_words(key text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    SELECT to_tsvector('simple'::regconfig, translate(key,
      '!"#$%&''()*+,-./:;<=>?@[\\]^_\`{|}~‘’‚“”„–—…·',
      '                                          '))
  $$;
CREATE TABLE name_keys (
  facet TEXT NOT NULL,
  key TEXT NOT NULL
);
INSERT INTO name_keys (facet, key)
  SELECT 'about', key FROM article_entities
  UNION SELECT 'place', key FROM article_entities WHERE kind = 'place'
  UNION SELECT 'speaker', key FROM article_attributions;
CREATE INDEX name_keys_key ON name_keys (facet, key);
-- One index per filter: a word in many names of another filter costs this one nothing.
CREATE INDEX name_keys_about_words ON name_keys USING GIN (dateline_name_words(key)) WITH (fastupdate = off)
  WHERE facet = 'about';
CREATE INDEX name_keys_place_words ON name_keys USING GIN (dateline_name_words(key)) WITH (fastupdate = off)
  WHERE facet = 'place';
CREATE INDEX name_keys_speaker_words ON name_keys USING GIN (dateline_name_words(key)) WITH (fastupdate = off)
  WHERE facet = 'speaker';
CREATE FUNCTION dateline_add_entity_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO name_keys (facet, key)
    SELECT DISTINCT t.facet, t.key FROM (
      SELECT 'about' AS facet, key FROM added
      UNION ALL SELECT 'place', key FROM added WHERE kind = 'place'
    ) AS t
    WHERE NOT EXISTS (SELECT 1 FROM name_keys n WHERE n.facet = t.facet AND n.key = t.key);
  RETURN NULL;
END $$;
CREATE FUNCTION dateline_add_speaker_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO name_keys (facet, key)
    SELECT DISTINCT 'speaker', t.key FROM added AS t
    WHERE NOT EXISTS (SELECT 1 FROM name_keys n WHERE n.facet = 'speaker' AND n.key = t.key);
  RETURN NULL;
END $$;
CREATE TRIGGER article_entities_names AFTER INSERT ON article_entities REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION dateline_add_entity_names();
CREATE TRIGGER article_attributions_names AFTER INSERT ON article_attributions REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION dateline_add_speaker_names();
ANALYZE name_keys;
`,
  },
];
