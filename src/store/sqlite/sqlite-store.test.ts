import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeContract } from '../store.contract.js';
import { SqliteStore } from './sqlite-store.js';

storeContract('sqlite', async (clock) => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-store-'));
  const path = join(dir, 'nested', 'desk.db');
  const open = async () => {
    const store = new SqliteStore({ path, now: clock.now });
    await store.migrate();
    return store;
  };
  const store = await open();
  return {
    store,
    reopen: open,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
