/** Reads local files whole, up to a byte cap, without trusting the size the file system reports. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { readFileHead } from '../detect/input-file.js';

/**
 * Reads at most `maxBytes` + 1 bytes: devices (`/dev/zero`), pipes (`<(…)`) and files still being written
 * report 0 or a stale size, and reading them "whole" would never end.
 */
export async function readFileCapped(path: string, maxBytes: number): Promise<Uint8Array | 'too-large'> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) return 'too-large';
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(Math.max(size - total, 64 * 1024), maxBytes + 1 - total);
      const { bytesRead, buffer } = await handle.read(Buffer.alloc(want), 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return 'too-large';
    }
    return new Uint8Array(Buffer.concat(chunks, total));
  } finally {
    await handle.close();
  }
}

/** Files up to this size are read whole at once; a larger one has its head read first (it may be a WARC). */
const WHOLE_AT_ONCE = 1024 * 1024;

/** The first bytes of an input, as `readFileHead` gives them (what sniffing the kind of a file reads). */
const HEAD_BYTES = 8192;

/** A local input: its first bytes, and the whole file when `wanted(head)` asked for it (capped), else null. */
export interface LocalInput {
  head: Uint8Array;
  bytes: Uint8Array | 'too-large' | null;
}

/**
 * Reads a local input for ingest: a regular file synchronously, in one open (head and body from the same read
 * when it is small); anything else (a device, a pipe) through the async `readFileHead` and `readFileCapped`.
 * The async path cost about nine thread-pool round trips per page (open, stat, reads, close, twice), each
 * waiting behind a page of extraction on this thread while every other ingest lane waited for the next page:
 * the idle time of a single-thread ingest. A regular local file reads in tens of microseconds.
 */
export async function readLocalInput(
  path: string,
  maxBytes: number,
  wanted: (head: Uint8Array) => boolean,
): Promise<LocalInput> {
  const fd = openSync(path, 'r');
  let regular: boolean;
  try {
    const info = fstatSync(fd);
    regular = info.isFile();
    if (regular) return readRegular(fd, info.size, maxBytes, wanted);
  } finally {
    closeSync(fd);
  }
  const head = await readFileHead(path);
  return { head, bytes: wanted(head) ? await readFileCapped(path, maxBytes) : null };
}

function readRegular(fd: number, size: number, maxBytes: number, wanted: (head: Uint8Array) => boolean): LocalInput {
  if (size > WHOLE_AT_ONCE || size > maxBytes) {
    const head = readAt(fd, Buffer.alloc(HEAD_BYTES), 0);
    if (!wanted(head)) return { head, bytes: null };
    if (size > maxBytes) return { head, bytes: 'too-large' };
  }
  // Read to the end, not to the stated size: a file still being written may have grown since.
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const want = Math.min(total === 0 ? size + 1 : 64 * 1024, maxBytes + 1 - total);
    const chunk = readAt(fd, Buffer.allocUnsafeSlow(want), total);
    if (chunk.byteLength === 0) break;
    chunks.push(chunk);
    total += chunk.byteLength;
    if (total > maxBytes) {
      const head = Buffer.concat(chunks).subarray(0, HEAD_BYTES);
      return { head, bytes: wanted(head) ? 'too-large' : null };
    }
  }
  const whole = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  const bytes = new Uint8Array(whole.buffer, whole.byteOffset, whole.byteLength);
  const head = bytes.subarray(0, HEAD_BYTES);
  return { head, bytes: wanted(head) ? bytes : null };
}

/** Fills `buf` from `position` (short only at the end of the file). */
function readAt(fd: number, buf: Buffer, position: number): Buffer {
  let filled = 0;
  while (filled < buf.byteLength) {
    const n = readSync(fd, buf, filled, buf.byteLength - filled, position + filled);
    if (n === 0) break;
    filled += n;
  }
  return buf.subarray(0, filled);
}
