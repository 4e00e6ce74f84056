/**
 * The PostgreSQL server the store and queue tests run against: DATELINE_PG_URL, default
 * postgres://postgres@127.0.0.1:5432/test. Tests skip only when no server answers; CI always has one, a laptop may not.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const serverUrl = process.env.DATELINE_PG_URL || 'postgres://postgres@127.0.0.1:5432/test';

/** The server URL with the password hidden, for skip messages. */
export const shownServerUrl = serverUrl.replace(/\/\/[^@/]*@/, '//…@');

/** True when the test server answers a query within two seconds. */
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

/** A schema name no other test run uses: each test desk lives in one, so tests stay independent. */
export function freshSchema(): string {
  return `dl_test_${randomBytes(6).toString('hex')}`;
}

/** Drops a test desk's schema and everything in it. */
export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
