import type pg from 'pg';
import { checkMigrations, type Migration } from '../migration.js';
import { inTransaction } from './transaction.js';

/**
 * Applies pending migrations in one transaction under an advisory lock, so concurrent workers starting at once
 * take turns and the loser finds the work done. DDL is transactional in PostgreSQL: a failure leaves nothing.
 */
export async function migratePostgres(
  pool: pg.Pool,
  schema: string | null,
  migrations: readonly Migration[],
  now: () => Date,
): Promise<number[]> {
  checkMigrations('postgres', migrations);
  return inTransaction(pool, async (client) => {
    const applied: number[] = [];
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`dateline:migrate:${schema ?? ''}`]);
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const done = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const versions = new Set(done.rows.map((row) => row.version));
    for (const migration of migrations) {
      if (versions.has(migration.version)) continue;
      try {
        await client.query(migration.up);
      } catch (cause) {
        throw new Error(`store: postgres migration ${migration.version} (${migration.name}) failed`, { cause });
      }
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        now().toISOString(),
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}
