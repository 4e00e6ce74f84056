/** Reads a local file whole, up to a byte cap, without trusting the size the file system reports. */
import { open } from 'node:fs/promises';

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
