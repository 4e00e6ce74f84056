/** The queue the configuration names: PostgreSQL only; a SQLite desk has no queue, and says why. */
import type { Config } from '../config/config.js';
import type { DeskLock } from './desk-lock.js';
import type { JobQueue } from './job-queue.js';

export type OpenedQueue =
  | {
      ok: true;
      queue: JobQueue;
      /** The story desk's seat, on a session of its own; `onError` hears when that session fails. */
      deskLock(onError: (error: Error) => void): DeskLock;
    }
  | { ok: false; message: string };

export const NEEDS_POSTGRES =
  'needs PostgreSQL: set DATELINE_PG_URL (e.g. postgres://user@host:5432/dateline) so that workers on any ' +
  'machine share the store and the job queue; a SQLite desk runs `dateline ingest` in one process instead';

export async function openQueue(config: Config): Promise<OpenedQueue> {
  if (config.store.kind !== 'postgres') return { ok: false, message: NEEDS_POSTGRES };
  const [{ PostgresQueue }, { PostgresDeskLock }] = await Promise.all([
    import('./postgres/postgres-queue.js'),
    import('./postgres/postgres-desk-lock.js'),
  ]);
  const where = { url: config.store.url, ...(config.store.schema ? { schema: config.store.schema } : {}) };
  return {
    ok: true,
    queue: new PostgresQueue(where),
    deskLock: (onError) => new PostgresDeskLock({ ...where, onError }),
  };
}
