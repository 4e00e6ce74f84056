/**
 * The files under a directory that `dateline ingest` would read, for enqueueing one job per file: workers then
 * share a directory's pages instead of one worker walking it alone. The same rule as ingest's walk: dot-files
 * skipped, name order, and a file is taken only when its name or first bytes say it is an input we read.
 */
import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isGzip, kindFromName, sniffKind } from '../ingest/detect/input-kind.js';

async function head(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(8192);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function isInput(path: string): Promise<boolean> {
  if (kindFromName(path)) return true;
  const first = await head(path).catch(() => null);
  return !!first && (isGzip(first) || sniffKind(first) !== null);
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
