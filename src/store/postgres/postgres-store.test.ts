import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, it } from 'vitest';
import { storeContract } from '../store.contract.js';
import { PostgresStore } from './postgres-store.js';

const url = process.env.DATELINE_PG_URL || 'postgres://postgres@127.0.0.1:5432/test';

/** True when a server answers; CI always has one, a laptop may not. */
async function reachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
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

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

if (await reachable()) {
  storeContract('postgres', async (clock) => {
    // A fresh schema per test: tests stay independent and leave nothing behind.
    const schema = `dl_test_${randomBytes(6).toString('hex')}`;
    const open = async () => {
      const store = new PostgresStore({ url, schema, now: clock.now });
      await store.migrate();
      return store;
    };
    const store = await open();
    return {
      store,
      reopen: open,
      dispose: async () => {
        await store.close();
        await dropSchema(schema);
      },
    };
  });
} else {
  describe('store contract: postgres', () => {
    it.skip(`skipped: no PostgreSQL answers at ${url.replace(/\/\/[^@/]*@/, '//…@')} (set DATELINE_PG_URL)`, () => {});
  });
}
