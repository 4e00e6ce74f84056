/**
 * A throwaway PostgreSQL database per test file (dateline_queue_test_<random>): queue tests need their own NOTIFY
 * channel and jobs table, and leave nothing behind. Like the store contract, the tests skip only when no server
 * answers at DATELINE_PG_URL (default postgres://postgres@127.0.0.1:5432/test).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const serverUrl = process.env.DATELINE_PG_URL || 'postgres://postgres@127.0.0.1:5432/test';

/** The server URL with the password hidden, for skip messages. */
export const shownServerUrl = serverUrl.replace(/\/\/[^@/]*@/, '//…@');

export async function reachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

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
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `dateline_queue_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    // FORCE: a child worker killed in a test may leave a connection the server has not noticed yet.
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
