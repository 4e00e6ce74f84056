import type { Store } from '../port.js';

export interface PostgresStoreOptions {
  url: string;
  schema?: string;
  now?: () => Date;
}

/** Placeholder until the PostgreSQL implementation lands (it will pass the same contract suite as SQLite). */
export const PostgresStore = class {
  constructor(_options: PostgresStoreOptions) {
    throw new Error('store: the PostgreSQL store is not implemented yet');
  }
} as unknown as new (options: PostgresStoreOptions) => Store;
