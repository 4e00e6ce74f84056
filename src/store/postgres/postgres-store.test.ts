import { describe, it } from 'vitest';
import { storeContract } from '../store.contract.js';
import { PostgresStore } from './postgres-store.js';
import { dropSchema, freshSchema, reachable, serverUrl, shownServerUrl } from './testing/test-server.js';

if (await reachable()) {
  storeContract('postgres', async (clock) => {
    // A fresh schema per test: tests stay independent and leave nothing behind.
    const schema = freshSchema();
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
