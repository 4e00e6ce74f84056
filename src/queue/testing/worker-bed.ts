/**
 * What the worker tests run on: a throwaway database, a store and a queue on it, and a local page server. One
 * bed per test file; `reset` empties jobs and articles and forgets the server's routes between tests.
 */
import { openStore } from '../../store/open-store.js';
import type { Store } from '../../store/port.js';
import { PostgresQueue } from '../postgres/postgres-queue.js';
import { startPageServer, type PageServer } from './page-server.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface WorkerBed {
  db: TestDatabase;
  store: Store;
  queue: PostgresQueue;
  server: PageServer;
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** Opens a bed whose page server listens on `port`; on a failure part-way, closes what it had opened. */
export async function openWorkerBed(port: number): Promise<WorkerBed> {
  const db = await createTestDatabase();
  let store: Store | undefined;
  let queue: PostgresQueue | undefined;
  try {
    store = await openStore({ kind: 'postgres', url: db.url });
    queue = new PostgresQueue({ url: db.url });
    return bed(db, store, queue, await startPageServer(port));
  } catch (error) {
    await queue?.close();
    await store?.close();
    await db.drop();
    throw error;
  }
}

function bed(db: TestDatabase, store: Store, queue: PostgresQueue, server: PageServer): WorkerBed {
  return {
    db,
    store,
    queue,
    server,
    reset: async () => {
      await db.query('TRUNCATE jobs, articles CASCADE');
      server.routes.clear();
      server.requests.length = 0;
    },
    close: async () => {
      await server.close();
      await queue.close();
      await store.close();
      await db.drop();
    },
  };
}
