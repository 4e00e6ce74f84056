/**
 * A migration's test desk: a fresh schema on the test server migrated only up to the migration under test, so the
 * test can write rows as an older Dateline did; the store it is given migrates the rest. The schema is dropped after.
 */
import pg from 'pg';
import { postgresConnection } from '../connection.js';
import { migratePostgres } from '../migrate.js';
import { postgresMigrations } from '../migrations.js';
import { PostgresStore } from '../postgres-store.js';
import { freshSchema, serverUrl } from './test-server.js';

const now = () => new Date('2024-01-01T00:00:00Z');

/** Runs `use` on a desk migrated to just before `version`: a pool on its schema and a store over it. */
export async function withDeskBefore(
  version: number,
  use: (desk: { pool: pg.Pool; store: PostgresStore }) => Promise<void>,
): Promise<void> {
  const schema = freshSchema();
  const pool = new pg.Pool(postgresConnection(serverUrl, schema));
  const store = new PostgresStore({ url: serverUrl, schema, now });
  try {
    await migratePostgres(
      pool,
      schema,
      postgresMigrations.filter((m) => m.version < version),
      now,
    );
    await use({ pool, store });
  } finally {
    await store.close();
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  }
}
