/** What the web edition is given by the composition root: no module here opens anything itself. */
import type { Store } from '../store/port.js';
import type { PublishConfig } from './config.js';

export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export type IngestOutcome = { ok: true; id: string; created: boolean } | { ok: false; reason: string; message: string };

/** Stores one page given by URL (fetched) or by URL and HTML (not fetched). */
export type IngestOne = (input: { url: string; html?: string }) => Promise<IngestOutcome>;

export interface AppDeps {
  store: Store;
  config: PublishConfig;
  clock: () => Date;
  logger: Logger;
  /** Absent: `POST /api/v1/ingest` answers 501. */
  ingest?: IngestOne;
}

/** A logger that drops everything, for tests. */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
