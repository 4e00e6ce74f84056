import type Database from 'better-sqlite3';
import type { Migration } from '../migration.js';
import { backfillFacets } from './facets-backfill.js';

/**
 * SQLite schema, oldest first. Never edit an applied migration: add the next number.
 * The article is kept whole as JSON; columns exist only for what queries filter, order or search on.
 */
export const sqliteMigrations: readonly Migration<Database.Database>[] = [
  {
    version: 1,
    name: 'articles, full-text index, raw pages, analysis side tables, stories, feeds',
    up: `
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
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
  -- The day date filters use: the publisher's printed day, else the day it was ingested.
  filter_day TEXT GENERATED ALWAYS AS (coalesce(published_day, substr(ingested_at, 1, 10))) VIRTUAL,
  story_id TEXT,
  duplicate_of TEXT,
  article_json TEXT NOT NULL,
  analysis_json TEXT
);
-- Lists: publishedAt desc (SQLite sorts NULL lowest, so DESC puts unknown dates last), then ingestedAt desc.
CREATE INDEX articles_recent ON articles (published_utc DESC, ingested_at DESC, seq DESC);
CREATE INDEX articles_outlet ON articles (outlet, published_utc DESC, ingested_at DESC);
CREATE INDEX articles_language ON articles (language, published_utc DESC, ingested_at DESC);
CREATE INDEX articles_story ON articles (story_id, published_utc DESC, ingested_at DESC);
CREATE INDEX articles_day ON articles (filter_day);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_canonical_url ON articles (canonical_url);

-- External-content FTS5: the text lives once in articles; porter stems English ("trains" finds "train").
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, description, body_text, authors_text,
  content = 'articles', content_rowid = 'seq',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
-- The default rank: BM25 with a title match worth ten body matches, description four, authors two.
INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 2.0)');

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, description, body_text, authors_text)
  VALUES (new.seq, new.title, new.description, new.body_text, new.authors_text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, description, body_text, authors_text)
  VALUES ('delete', old.seq, old.title, old.description, old.body_text, old.authors_text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, description, body_text, authors_text ON articles
WHEN old.title IS NOT new.title OR old.description IS NOT new.description
  OR old.body_text IS NOT new.body_text OR old.authors_text IS NOT new.authors_text
BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, description, body_text, authors_text)
  VALUES ('delete', old.seq, old.title, old.description, old.body_text, old.authors_text);
  INSERT INTO articles_fts (rowid, title, description, body_text, authors_text)
  VALUES (new.seq, new.title, new.description, new.body_text, new.authors_text);
END;

CREATE TABLE raw_pages (
  article_seq INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
  source TEXT NOT NULL,
  url TEXT,
  content_type TEXT,
  headers_json TEXT,
  fetched_at TEXT NOT NULL,
  codec TEXT NOT NULL,
  size INTEGER NOT NULL,
  bytes BLOB NOT NULL
);

-- One row per (name or alias, kind) of an entity in an article: about:, place: and entity pages.
CREATE TABLE article_entities (
  key TEXT NOT NULL,
  kind TEXT NOT NULL,
  article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  name TEXT NOT NULL,
  PRIMARY KEY (key, kind, article_seq)
) WITHOUT ROWID;
CREATE INDEX article_entities_article ON article_entities (article_seq);

-- One row per name of a speaker quoted in an article: quoted:.
CREATE TABLE article_attributions (
  key TEXT NOT NULL,
  article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  name TEXT NOT NULL,
  PRIMARY KEY (key, article_seq)
) WITHOUT ROWID;
CREATE INDEX article_attributions_article ON article_attributions (article_seq);

CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  first_seen TEXT,
  last_updated TEXT,
  saved_at TEXT NOT NULL,
  story_json TEXT NOT NULL
);
CREATE INDEX stories_recent ON stories (last_updated DESC, saved_at DESC);

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
    version: 2,
    name: 'search filters as FTS5 facet tokens',
    up: `
ALTER TABLE articles ADD COLUMN facets TEXT NOT NULL DEFAULT '';
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, description, body_text, authors_text, facets,
  content = 'articles', content_rowid = 'seq',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
-- Facets weigh nothing: they filter, they never rank.
INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 2.0, 0.0)');
`,
    // Facets are computed before the triggers exist and the index is rebuilt once: on 100k articles (loaded
    // 2-core machine), updating through the triggers instead took ten minutes.
    backfill: backfillFacets,
    finish: `
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, description, body_text, authors_text, facets)
  VALUES (new.seq, new.title, new.description, new.body_text, new.authors_text, new.facets);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, description, body_text, authors_text, facets)
  VALUES ('delete', old.seq, old.title, old.description, old.body_text, old.authors_text, old.facets);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, description, body_text, authors_text, facets ON articles
WHEN old.title IS NOT new.title OR old.description IS NOT new.description OR old.body_text IS NOT new.body_text
  OR old.authors_text IS NOT new.authors_text OR old.facets IS NOT new.facets
BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, description, body_text, authors_text, facets)
  VALUES ('delete', old.seq, old.title, old.description, old.body_text, old.authors_text, old.facets);
  INSERT INTO articles_fts (rowid, title, description, body_text, authors_text, facets)
  VALUES (new.seq, new.title, new.description, new.body_text, new.authors_text, new.facets);
END;
`,
  },
  {
    version: 3,
    name: 'month facets for date-range search',
    up: `DROP TRIGGER articles_fts_update;`,
    backfill: backfillFacets,
    finish: `
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, description, body_text, authors_text, facets ON articles
WHEN old.title IS NOT new.title OR old.description IS NOT new.description OR old.body_text IS NOT new.body_text
  OR old.authors_text IS NOT new.authors_text OR old.facets IS NOT new.facets
BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, description, body_text, authors_text, facets)
  VALUES ('delete', old.seq, old.title, old.description, old.body_text, old.authors_text, old.facets);
  INSERT INTO articles_fts (rowid, title, description, body_text, authors_text, facets)
  VALUES (new.seq, new.title, new.description, new.body_text, new.authors_text, new.facets);
END;
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
    // Article pages rendered when they are written (render-on-write), so a reader is answered without reading and
    // decoding the article and running the template (src/publish/stored-pages.ts). A row holds the article's
    // revision and, once rendered, its page; the trigger moves the revision and drops the page in the transaction
    // that changes anything getArticle returns (the columns of STORED_COLUMNS, summary-row.ts: a test keeps
    // them in step), so no writer can forget it. A page rendered from an older revision is never stored: the
    // write is conditional on the revision it was rendered from (putArticlePages). Rows appear on the first
    // change or the first rendering; an article without one is at revision 0.
    version: 5,
    name: 'rendered article pages, dropped by trigger when the article changes',
    up: `
CREATE TABLE article_pages (
  article_seq INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
  revision INTEGER NOT NULL,
  render_key TEXT,
  etag TEXT,
  last_modified TEXT,
  size INTEGER,
  page BLOB
);
CREATE TRIGGER articles_page_stale AFTER UPDATE OF
    article_json, analysis_json, outlet, source, ingested_at, updated_at, story_id, duplicate_of ON articles
WHEN old.article_json IS NOT new.article_json OR old.analysis_json IS NOT new.analysis_json
  OR old.outlet IS NOT new.outlet OR old.source IS NOT new.source OR old.ingested_at IS NOT new.ingested_at
  OR old.updated_at IS NOT new.updated_at OR old.story_id IS NOT new.story_id
  OR old.duplicate_of IS NOT new.duplicate_of
BEGIN
  INSERT INTO article_pages (article_seq, revision) VALUES (new.seq, 1)
  ON CONFLICT (article_seq) DO UPDATE SET revision = revision + 1, render_key = NULL, etag = NULL,
    last_modified = NULL, size = NULL, page = NULL;
END;
`,
  },
  {
    // An article's story and copy filing move to a row of their own. The story desk files each article right
    // after it is stored, and SQLite writes an UPDATE as the whole row: filing an article rewrote its ~38 KB
    // (body, article and analysis JSON over a chain of overflow pages) a second time. Here the filing is a row of
    // three small columns, and the article row is written once. The page trigger is split in two (the article's
    // own columns; its filing), so a filing still moves the revision and drops a stored page. Dropping the old
    // columns rewrites the articles table once.
    version: 6,
    name: 'story filings in a table of their own',
    up: `
CREATE TABLE article_stories (
  article_seq INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
  story_id TEXT,
  duplicate_of TEXT
);
INSERT INTO article_stories (article_seq, story_id, duplicate_of)
  SELECT seq, story_id, duplicate_of FROM articles WHERE story_id IS NOT NULL OR duplicate_of IS NOT NULL;
CREATE INDEX article_stories_story ON article_stories (story_id);
DROP TRIGGER articles_page_stale;
DROP INDEX articles_story;
ALTER TABLE articles DROP COLUMN story_id;
ALTER TABLE articles DROP COLUMN duplicate_of;
CREATE TRIGGER articles_page_stale AFTER UPDATE OF
    article_json, analysis_json, outlet, source, ingested_at, updated_at ON articles
WHEN old.article_json IS NOT new.article_json OR old.analysis_json IS NOT new.analysis_json
  OR old.outlet IS NOT new.outlet OR old.source IS NOT new.source OR old.ingested_at IS NOT new.ingested_at
  OR old.updated_at IS NOT new.updated_at
BEGIN
  INSERT INTO article_pages (article_seq, revision) VALUES (new.seq, 1)
  ON CONFLICT (article_seq) DO UPDATE SET revision = revision + 1, render_key = NULL, etag = NULL,
    last_modified = NULL, size = NULL, page = NULL;
END;
-- A first filing (no row yet is an article filed nowhere) and a changed one; a filing that changes nothing keeps
-- the page.
CREATE TRIGGER article_stories_page_filed AFTER INSERT ON article_stories
WHEN new.story_id IS NOT NULL OR new.duplicate_of IS NOT NULL
BEGIN
  INSERT INTO article_pages (article_seq, revision) VALUES (new.article_seq, 1)
  ON CONFLICT (article_seq) DO UPDATE SET revision = revision + 1, render_key = NULL, etag = NULL,
    last_modified = NULL, size = NULL, page = NULL;
END;
CREATE TRIGGER article_stories_page_stale AFTER UPDATE OF story_id, duplicate_of ON article_stories
WHEN old.story_id IS NOT new.story_id OR old.duplicate_of IS NOT new.duplicate_of
BEGIN
  INSERT INTO article_pages (article_seq, revision) VALUES (new.article_seq, 1)
  ON CONFLICT (article_seq) DO UPDATE SET revision = revision + 1, render_key = NULL, etag = NULL,
    last_modified = NULL, size = NULL, page = NULL;
END;
`,
  },
  {
    // A new article's full-text entry is written by the upsert, once per transaction for all the rows it inserted
    // (sqlite-upsert.ts indexPending), not by a trigger per row: FTS5 writes its pending terms out as an index
    // segment at every savepoint, and each insert opened one, so every article became a segment of its own.
    // Updates and deletes keep their triggers.
    version: 7,
    name: 'full-text entries of new articles written by the upsert, a transaction at a time',
    up: `DROP TRIGGER articles_fts_insert;`,
  },
  {
    // `quoted:`, `about:` and `place:` by one word of a name (name-match.ts) read their candidate names from the
    // articles whose text holds the word: a word as common in texts as a news agency or a place selected tens of
    // thousands of articles and all their name rows. Here each filter's distinct keys are kept once, with an FTS5
    // index of their words (unicode61 without stemming: a token is a run of letters and digits, as the whole-word
    // check sees a word), so the lookup reads only the names holding the word, and finds a name whose word no
    // article text prints. Triggers add the keys a new entity or speaker row brings; keys are never removed: a key
    // no article holds any more only costs a candidate that then matches no article. New keys are few once a desk
    // has run a while, so their FTS5 writes (a segment per savepoint, migration 7) stay off the common path.
    version: 8,
    name: 'name keys per filter, indexed by word, for quoted:, about: and place: by one word of a name',
    up: `
CREATE TABLE name_keys (
  id INTEGER PRIMARY KEY,
  facet TEXT NOT NULL,
  key TEXT NOT NULL,
  UNIQUE (facet, key)
);
CREATE VIRTUAL TABLE name_keys_fts USING fts5(
  facet, key,
  content = 'name_keys', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO name_keys (facet, key)
  SELECT 'about', key FROM article_entities
  UNION SELECT 'place', key FROM article_entities WHERE kind = 'place'
  UNION SELECT 'speaker', key FROM article_attributions;
INSERT INTO name_keys_fts (name_keys_fts) VALUES ('rebuild');
CREATE TRIGGER name_keys_fts_insert AFTER INSERT ON name_keys BEGIN
  INSERT INTO name_keys_fts (rowid, facet, key) VALUES (new.id, new.facet, new.key);
END;
CREATE TRIGGER article_entities_names AFTER INSERT ON article_entities BEGIN
  INSERT INTO name_keys (facet, key) SELECT 'about', new.key
    WHERE NOT EXISTS (SELECT 1 FROM name_keys WHERE facet = 'about' AND key = new.key);
  INSERT INTO name_keys (facet, key) SELECT 'place', new.key
    WHERE new.kind = 'place' AND NOT EXISTS (SELECT 1 FROM name_keys WHERE facet = 'place' AND key = new.key);
END;
CREATE TRIGGER article_attributions_names AFTER INSERT ON article_attributions BEGIN
  INSERT INTO name_keys (facet, key) SELECT 'speaker', new.key
    WHERE NOT EXISTS (SELECT 1 FROM name_keys WHERE facet = 'speaker' AND key = new.key);
END;
`,
  },
  {
    // The upsert adds a transaction's new name keys in one statement (sqlite-upsert.ts writeNameKeys), in the order
    // these triggers did. A trigger per side row wrote each new key's FTS5 entry out as an index segment of its own
    // (a segment per savepoint, as in migration 7): 0.9 ms of CPU a page filling a new desk.
    version: 9,
    name: 'name keys of new side rows written by the upsert, a transaction at a time',
    up: `DROP TRIGGER article_entities_names;
DROP TRIGGER article_attributions_names;`,
  },
];
