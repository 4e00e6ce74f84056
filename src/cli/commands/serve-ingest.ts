/**
 * Adapts the ingest stage to what the server needs: one page stored by `POST /api/v1/ingest`, and the feed
 * refresh run on a schedule. Until the ingest stage provides them, both are absent and the server says so.
 */
import type { IngestOne } from '../../publish/deps.js';
import type { Store } from '../../store/port.js';

export interface ServeIngestHooks {
  refresh: ((store: Store) => Promise<unknown>) | null;
  ingestOne: IngestOne | undefined;
}

/** The hooks for this store. */
export async function ingestHooks(_store: Store): Promise<ServeIngestHooks> {
  return { refresh: null, ingestOne: undefined };
}

/** Builds the demo desk at the path, returning a one-line summary; null until the ingest stage provides it. */
export async function demoBuilder(): Promise<((dbPath: string) => Promise<string | null>) | null> {
  return null;
}
