import type Database from 'better-sqlite3';
import { checkMigrations, type Migration } from '../migration.js';

/** Applies pending migrations, each in its own IMMEDIATE transaction so concurrent processes take turns. */
export function migrateSqlite(
  db: Database.Database,
  migrations: readonly Migration<Database.Database>[],
  now: () => Date,
): number[] {
  checkMigrations('sqlite', migrations);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied: number[] = [];
  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?');
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of migrations) {
    const apply = db.transaction(() => {
      // Checked inside the lock: another process may have applied it while we waited.
      if (isApplied.get(migration.version)) return;
      db.exec(migration.up);
      migration.backfill?.(db);
      if (migration.finish) db.exec(migration.finish);
      record.run(migration.version, migration.name, now().toISOString());
      applied.push(migration.version);
    });
    try {
      apply.immediate();
    } catch (cause) {
      throw new Error(`store: sqlite migration ${migration.version} (${migration.name}) failed`, { cause });
    }
  }
  return applied;
}
