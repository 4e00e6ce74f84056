/**
 * buildDemoDesk: the demo desk `dateline demo` serves — the bundled `sample-corpus/` plus the reference text
 * dump `../shared/data/seed/kim-putin-train.txt` when it is present beside the repository. Idempotent: a second
 * run finds everything stored and unchanged. Offline: the corpus is local files only.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Store } from '../../store/port.js';
import { ingestSources } from '../ingest-sources.js';
import type { IngestDeps, IngestOptions, IngestSummary } from '../pipeline/ingest-types.js';

/** The repository root, from this file's place in `src/ingest/demo/` (or `dist/ingest/demo/` when built). */
function repoRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
}

/** The inputs of the demo desk that exist on this machine. */
export function demoInputs(root: string = repoRoot()): string[] {
  const corpus = resolve(root, 'sample-corpus');
  const seed = resolve(root, '../shared/data/seed/kim-putin-train.txt');
  return [corpus, seed].filter((p) => existsSync(p));
}

export interface DemoDeskDeps extends Omit<IngestDeps, 'store'> {
  /** Opens the store; defaults to the SQLite store at `dbPath`. */
  openStore?: (dbPath: string) => Promise<Store>;
}

/** Ingests the demo corpus into the SQLite desk at `dbPath` and returns the summary. */
export async function buildDemoDesk(
  dbPath: string,
  deps: DemoDeskDeps = {},
  options: IngestOptions = {},
): Promise<IngestSummary> {
  mkdirSync(dirname(resolve(dbPath)), { recursive: true });
  const open =
    deps.openStore ??
    (async (path: string) => (await import('../../store/open-store.js')).openStore({ kind: 'sqlite', path }));
  const store = await open(dbPath);
  try {
    const { openStore: _ignored, ...ingestDeps } = deps;
    // The demo shows stories: each stored article is placed by the story desk unless the caller hooks its own.
    const afterStore = ingestDeps.afterStore ?? (await (await import('../../stories/story-hook.js')).storyHook(store));
    return await ingestSources(demoInputs(), { ...ingestDeps, afterStore, store }, { jobs: 2, ...options });
  } finally {
    await store.close();
  }
}
