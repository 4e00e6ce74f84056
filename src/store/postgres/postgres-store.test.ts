import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, it } from 'vitest';
import { storeContract } from '../store.contract.js';
import { PostgresStore } from './postgres-store.js';
import { reachable, serverUrl, shownServerUrl } from './testing/test-server.js';

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
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
      const store = new PostgresStore({ url: serverUrl, schema, now: clock.now });
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
    it.skip(`skipped: no PostgreSQL answers at ${shownServerUrl} (set DATELINE_PG_URL)`, () => {});
  });
}
