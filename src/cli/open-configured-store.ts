/**
 * Opens the store the configuration names (STYLE.md §8): `--db` beats `DATELINE_DB`; `DATELINE_PG_URL` selects
 * PostgreSQL. Configuration problems, and a store that cannot be opened (a directory or a file that is not a
 * database given as --db, PostgreSQL down), come back as messages naming the store, not as thrown errors with a
 * stack trace.
 */
import { parseConfig, redactUrl, type Config } from '../config/config.js';
import type { Store } from '../store/port.js';

/**
 * `exitCode` is what every command exits with (README, "The command line"): 2 when the command or its
 * configuration must change (a bad variable, a --db naming no database), 1 when the store named is fine as
 * configured but cannot be opened (PostgreSQL unreachable, a file that is not a database), as for a failed input.
 */
export type ConfiguredStore =
  { ok: true; store: Store; config: Config } | { ok: false; message: string; exitCode: 1 | 2 };

/**
 * `mustExist`: a SQLite file that is not there is an error instead of a new, empty desk (for commands that only
 * read or remove, where a mistyped --db would otherwise create a database and report that it holds nothing).
 */
export async function openConfiguredStore(
  dbPath: string | undefined,
  options: { mustExist?: boolean } = {},
): Promise<ConfiguredStore> {
  const parsed = parseConfig(process.env, dbPath === undefined ? {} : { db: dbPath });
  if (!parsed.ok) return { ok: false, message: parsed.errors.join('\n'), exitCode: 2 };
  const { openStore } = await import('../store/open-store.js');
  const { existsSync, mkdirSync } = await import('node:fs');
  const { dirname, resolve } = await import('node:path');
  const storeConfig = parsed.config.store;
  if (options.mustExist && storeConfig.kind === 'sqlite' && !existsSync(storeConfig.path))
    return { ok: false, message: `no database at ${storeConfig.path}`, exitCode: 2 };
  const where =
    storeConfig.kind === 'sqlite'
      ? `the SQLite database ${storeConfig.path}`
      : `PostgreSQL at ${redactUrl(storeConfig.url)}`;
  try {
    if (storeConfig.kind === 'sqlite') mkdirSync(dirname(resolve(storeConfig.path)), { recursive: true });
    return { ok: true, store: await openStore(storeConfig), config: parsed.config };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { ok: false, message: `cannot open ${where}: ${e.message}${e.code ? ` (${e.code})` : ''}`, exitCode: 1 };
  }
}
