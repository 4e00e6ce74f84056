/**
 * Reads one input into a RawDocument: files and stdin as bytes (extract sniffs gzip, encodings and text dumps),
 * URLs through the safe fetcher. Failures come back as values naming the input.
 */
import { fetchPage } from '../../ingest/fetch/fetch-page.js';
import { readFileCapped } from '../../ingest/pipeline/read-file-capped.js';
import type { RawDocument } from '../../vocabulary.js';
import { sourceOf, type InputRef } from './input-ref.js';
import { notAPageTypeMessage } from '../../ingest/detect/page-type.js';
import { notAPageMessage } from './not-a-page.js';

/** A byte limit as a reader says it: "20 MiB" for whole mebibytes (the default), else "1,000 bytes". */
export function sizeLabel(bytes: number): string {
  const mib = 1024 * 1024;
  return bytes >= mib && bytes % mib === 0 ? `${bytes / mib} MiB` : `${bytes.toLocaleString('en')} bytes`;
}

export interface ReadOptions {
  maxBytes: number;
  timeoutMs: number;
  allowPrivate: boolean;
  /** Used as the page URL for files and stdin, to resolve relative links. */
  baseUrl?: string;
  stdin?: NodeJS.ReadableStream;
}

export type ReadOutcome = { ok: true; raw: RawDocument } | { ok: false; reason: string; message: string };

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
    const notPage = notAPageTypeMessage(ref.url, out.headers['content-type']) ?? notAPageMessage(source, out.bytes);
    if (notPage) return { ok: false, reason: 'not-html', message: notPage };
    return { ok: true, raw: { source, url: out.url, fetchedAt, headers: out.headers, bytes: out.bytes } };
  }
  try {
    const bytes =
      ref.kind === 'file'
        ? await readFileCapped(ref.path, options.maxBytes)
        : await readStream(options.stdin ?? process.stdin, options.maxBytes);
    if (bytes === 'too-large')
      return {
        ok: false,
        reason: 'too-large',
        message: `read: ${source} is over the limit of ${sizeLabel(options.maxBytes)} (--max-bytes raises it)`,
      };
    const notPage = notAPageMessage(source, bytes);
    if (notPage) return { ok: false, reason: 'not-html', message: notPage };
    return { ok: true, raw: { source, url: options.baseUrl, fetchedAt, bytes } };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { ok: false, reason: 'unreadable', message: `read: cannot read ${source}: ${e.code ?? e.message}` };
  }
}
