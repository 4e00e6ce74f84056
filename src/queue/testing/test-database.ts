/**
 * A throwaway PostgreSQL database per test file (dateline_queue_test_<random>): queue tests need their own NOTIFY
 * channel and jobs table, and leave nothing behind. The server is the store tests' own (store/postgres/testing).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { reachable, serverUrl, shownServerUrl } from '../../store/postgres/testing/test-server.js';

// Re-exported: queue and CLI tests name the server through this module.
export { reachable, serverUrl, shownServerUrl };

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  url: string;
  /** Runs one statement on a connection of its own (not the queue's or store's pool) and returns its rows. */
  query<R extends object = Record<string, unknown>>(sql: string): Promise<R[]>;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `dateline_queue_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    query: async <R extends object>(sql: string) => {
      const client = new pg.Client({ connectionString: url.href });
      await client.connect();
      try {
        return (await client.query<R>(sql)).rows;
      } finally {
        await client.end();
      }
    },
    // FORCE: a child worker killed in a test may leave a connection the server has not noticed yet.
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
