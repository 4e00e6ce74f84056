/**
 * Reads one input into a RawDocument: files and stdin as bytes (extract sniffs gzip, encodings and text dumps),
 * URLs through the safe fetcher. Failures come back as values naming the input.
 */
import { open } from 'node:fs/promises';
import { fetchPage } from '../../ingest/fetch/fetch-page.js';
import type { RawDocument } from '../../vocabulary.js';
import { sourceOf, type InputRef } from './input-ref.js';

export interface ReadOptions {
  maxBytes: number;
  timeoutMs: number;
  allowPrivate: boolean;
  /** Used as the page URL for files and stdin, to resolve relative links. */
  baseUrl?: string;
  stdin?: NodeJS.ReadableStream;
}

export type ReadOutcome = { ok: true; raw: RawDocument } | { ok: false; reason: string; message: string };

/**
 * Reads at most `maxBytes` + 1 bytes: the size `stat` reports is not trusted, since devices (`/dev/zero`), pipes
 * (`<(…)`) and files still being written report 0 or a stale size and would otherwise be read without end.
 */
async function readFileCapped(path: string, maxBytes: number): Promise<Uint8Array | 'too-large'> {
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

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size > maxBytes) return 'too-large';
    chunks.push(buf);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

export async function readInput(ref: InputRef, options: ReadOptions): Promise<ReadOutcome> {
  const source = sourceOf(ref);
  const fetchedAt = new Date().toISOString();
  if (ref.kind === 'url') {
    const out = await fetchPage(ref.url, {
      maxBytes: options.maxBytes,
      timeoutMs: options.timeoutMs,
      allowPrivate: options.allowPrivate,
    });
    if (!out.ok) return { ok: false, reason: out.reason, message: out.message };
    if (out.notModified) return { ok: false, reason: 'http-error', message: `fetch: ${ref.url}: not modified` };
    return { ok: true, raw: { source, url: out.url, fetchedAt, headers: out.headers, bytes: out.bytes } };
  }
  try {
    const bytes =
      ref.kind === 'file'
        ? await readFileCapped(ref.path, options.maxBytes)
        : await readStream(options.stdin ?? process.stdin, options.maxBytes);
    if (bytes === 'too-large')
      return { ok: false, reason: 'too-large', message: `read: ${source} is over the ${options.maxBytes}-byte limit` };
    return { ok: true, raw: { source, url: options.baseUrl, fetchedAt, bytes } };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { ok: false, reason: 'unreadable', message: `read: cannot read ${source}: ${e.code ?? e.message}` };
  }
}
