/**
 * The files under a directory that `dateline ingest` would read, for enqueueing one job per file: workers then
 * share a directory's pages instead of one worker walking it alone. The same rule as ingest's walk: dot-files
 * skipped, name order, and a file is taken only when its name or first bytes say it is an input we read.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isInputFile, readFileHead } from '../ingest/detect/input-file.js';
import { kindFromName } from '../ingest/detect/input-kind.js';

async function isInput(path: string): Promise<boolean> {
  if (kindFromName(path)) return true;
  const first = await readFileHead(path).catch(() => null);
  return !!first && isInputFile(path, first);
}

/** Yields input files under `dir`, recursively; unreadable subdirectories are reported through `onError`. */
export async function* listInputFiles(
  dir: string,
  onError: (path: string, error: Error) => void,
): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    return onError(dir, error as Error);
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* listInputFiles(path, onError);
    else if (entry.isFile() && (await isInput(path))) yield path;
  }
}
