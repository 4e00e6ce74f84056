/** The queue the configuration names: PostgreSQL only; a SQLite desk has no queue, and says why. */
import type { Config } from '../config/config.js';
import type { JobQueue } from './job-queue.js';

export type OpenedQueue = { ok: true; queue: JobQueue } | { ok: false; message: string };

export const NEEDS_POSTGRES =
  'needs PostgreSQL: set DATELINE_PG_URL (e.g. postgres://user@host:5432/dateline) so that workers on any ' +
  'machine share the store and the job queue; a SQLite desk runs `dateline ingest` in one process instead';

export async function openQueue(config: Config): Promise<OpenedQueue> {
  if (config.store.kind !== 'postgres') return { ok: false, message: NEEDS_POSTGRES };
  const { PostgresQueue } = await import('./postgres/postgres-queue.js');
  const { url, schema } = config.store;
  return { ok: true, queue: new PostgresQueue({ url, ...(schema ? { schema } : {}) }) };
}
