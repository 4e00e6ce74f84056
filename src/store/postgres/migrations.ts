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
];
