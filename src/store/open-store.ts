import type { Store } from './port.js';

/** Which store to open; the config module builds this from DATELINE_DB / DATELINE_PG_URL. */
export type StoreConfig =
  | { kind: 'sqlite'; path: string }
  | {
      kind: 'postgres';
      url: string;
      /** A schema to live in (created if missing); default: the server's search_path. */
      schema?: string;
    };

export interface OpenStoreOptions {
  /** The clock for ingestedAt/updatedAt; tests pass a fixed one. */
  now?: () => Date;
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
}

/**
 * Opens the configured store and brings its schema up to date.
 *
 * The implementations use plain SQL, not Kysely: the queries that matter are dialect-only (FTS5 MATCH, bm25,
 * snippet; tsvector, websearch_to_tsquery, ts_headline), which Kysely would only wrap in `sql` templates, and
 * better-sqlite3's synchronous prepared statements (cached per connection) are what keep search inside its
 * latency budget. Each dialect keeps the same file set: migrations, migrate, upsert, search, store.
 * Each implementation is loaded only when chosen,
 * so a SQLite desk never loads `pg` and the reverse.
 */
export async function openStore(config: StoreConfig, options: OpenStoreOptions = {}): Promise<Store> {
  let store: Store;
  if (config.kind === 'sqlite') {
    const { SqliteStore } = await import('./sqlite/sqlite-store.js');
    store = new SqliteStore({ path: config.path, ...(options.now ? { now: options.now } : {}) });
  } else {
    const { PostgresStore } = await import('./postgres/postgres-store.js');
    store = new PostgresStore({
      url: config.url,
      ...(config.schema ? { schema: config.schema } : {}),
      ...(options.now ? { now: options.now } : {}),
    });
  }
  if (options.migrate !== false) {
    try {
      await store.migrate();
    } catch (error) {
      await store.close();
      throw error;
    }
  }
  return store;
}
