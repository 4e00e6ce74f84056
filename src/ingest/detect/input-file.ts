/**
 * Whether a local file is an input ingest reads, decided from its name or first bytes: the one rule both the
 * directory walk (ingest) and `dateline enqueue` (one job per file) apply, so they take the same files.
 */
import { open } from 'node:fs/promises';
import { isGzip, kindFromName, sniffKind } from './input-kind.js';

// sniffKind looks at the first 4 KiB; the rest leaves a gzipped file's caller room to inflate a sniffable start.
const HEAD_BYTES = 8192;

/** The first bytes of a file (fewer when it is shorter), read without reading it whole. */
export async function readFileHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * True when the file's name or its first bytes (`head`) say it is something we read: a README or a picture
 * beside the pages is not an input, and not a failure either.
 */
export function isInputFile(path: string, head: Uint8Array): boolean {
  return kindFromName(path) !== null || isGzip(head) || sniffKind(head) !== null;
}
