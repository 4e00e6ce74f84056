/**
 * Opens the store the configuration names (STYLE.md §8): `--db` beats `DATELINE_DB`; `DATELINE_PG_URL` selects
 * PostgreSQL. Configuration problems come back as messages for a usage error, not as thrown errors.
 */
import { parseConfig, type Config } from '../config/config.js';
import type { Store } from '../store/port.js';

export type ConfiguredStore = { ok: true; store: Store; config: Config } | { ok: false; message: string };

export async function openConfiguredStore(dbFlag: string | undefined): Promise<ConfiguredStore> {
  const parsed = parseConfig(process.env, dbFlag === undefined ? {} : { db: dbFlag });
  if (!parsed.ok) return { ok: false, message: parsed.errors.join('\n') };
  const { openStore } = await import('../store/open-store.js');
  const { mkdirSync } = await import('node:fs');
  const { dirname, resolve } = await import('node:path');
  const storeConfig = parsed.config.store;
  if (storeConfig.kind === 'sqlite') mkdirSync(dirname(resolve(storeConfig.path)), { recursive: true });
  return { ok: true, store: await openStore(storeConfig), config: parsed.config };
}
